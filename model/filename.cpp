// SPDX-License-Identifier: GPL-3.0-or-later
#include "filename.h"

namespace warmshell {

namespace {

constexpr char16_t kEscapeBase = 0xDC00; // byte b (0x80..0xFF) is carried as kEscapeBase + b

// The length of the valid UTF-8 sequence at `bytes[i]` and its code point in `codePoint`; 0 when
// the bytes there are not valid UTF-8 (a stray continuation byte, a truncated, overlong or
// surrogate sequence, or a code point above U+10FFFF).
int validSequence(const QByteArray &bytes, qsizetype i, char32_t &codePoint)
{
    const auto byte = [&](qsizetype k) { return uchar(bytes[k]); };
    const uchar lead = byte(i);
    int length = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2, codePoint = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, codePoint = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, codePoint = lead & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (byte(i + k) & 0x3F);
    }
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    return codePoint < minimum || surrogate || codePoint > 0x10FFFF ? 0 : length;
}

} // namespace

QString fileNameFromBytes(const QByteArray &bytes)
{
    QString name;
    name.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        char32_t codePoint = 0;
        const int length = validSequence(bytes, i, codePoint);
        if (length == 0) {
            name += QChar(char16_t(kEscapeBase + uchar(bytes[i])));
            ++i;
            continue;
        }
        const char32_t units[1] = { codePoint };
        name += QString::fromUcs4(units, 1);
        i += length;
    }
    return name;
}

QByteArray fileNameBytes(const QString &fileName)
{
    QByteArray bytes;
    bytes.reserve(fileName.size());
    qsizetype plainFrom = 0; // start of the run of characters not yet encoded
    const auto flushPlain = [&](qsizetype to) { bytes += fileName.mid(plainFrom, to - plainFrom).toUtf8(); };
    for (qsizetype i = 0; i < fileName.size(); ++i) {
        const char16_t unit = fileName[i].unicode();
        const bool afterHigh = i > 0 && fileName[i - 1].isHighSurrogate();
        if (unit >= kEscapeBase + 0x80 && unit <= kEscapeBase + 0xFF && !afterHigh) {
            flushPlain(i);
            bytes += char(unit - kEscapeBase);
            plainFrom = i + 1;
        }
    }
    flushPlain(fileName.size());
    return bytes;
}

} // namespace warmshell
