// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace warmshell::ui::theme {

namespace {

int g_lightScopes = 0; // LightScope objects alive

struct Pair
{
    QRgb light;
    QRgb dark;
};

// By Role, in its order.
constexpr Pair kColours[] = {
    { 0xb02020, 0xff6b6b }, // ErrorText
    { 0x9a4c00, 0xffb454 }, // WarningText (#b35900 was 4.2:1 on Fusion's light window)
    { 0x666666, 0xa0a0a0 }, // MutedText
    { 0x406080, 0x8ab4f8 }, // AccentText
    { 0xe4e6e9, 0x1e2126 }, // FloorBackground
    { 0xfafaf7, 0x2b2f36 }, // HallFill
    { 0x505050, 0xb0b4ba }, // HallOutline
    { 0x303030, 0xe8e8e8 }, // HallLabel
    { 0xe2e4e8, 0x3a3f47 }, // HallGrid
    { 0x404040, 0xd0d0d0 }, // RowLabel
    { 0xffffff, 0x2b2f36 }, // ElevationBackground
    { 0xdddddd, 0x4a4f57 }, // ElevationGrid
    { 0xe3f0fb, 0x1f3346 }, // HintBackground
    { 0x1a232e, 0xe3f0fb }, // HintText
    { 0xffd8a8, 0x6b4a1f }, // FeedATint
    { 0xb8d8ff, 0x27466b }, // FeedBTint
    { 0xe0c8f0, 0x4f3a66 }, // FeedBothTint
    { 0xffffff, 0x1e2126 }, // ChartBackground
    { 0x202020, 0xe0e0e0 }, // ChartText
    { 0xd0d0d0, 0x454a52 }, // ChartGrid
};
static_assert(std::size(kColours) == size_t(Role::ChartGrid) + 1, "one pair per Role");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2f, 0x36), base(0x1e, 0x21, 0x26), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

bool isDark()
{
    return g_lightScopes == 0 && QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor colour(Role role)
{
    const Pair &pair = kColours[size_t(role)];
    return QColor::fromRgb(isDark() ? pair.dark : pair.light);
}

QString css(Role role)
{
    return colour(role).name(QColor::HexRgb);
}

QString coloured(Role role, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(css(role), html);
}

LightScope::LightScope()
{
    ++g_lightScopes;
}

LightScope::~LightScope()
{
    --g_lightScopes;
}

bool applyTheme(QApplication &app, const QString &name)
{
    if (name == QLatin1String("system"))
        return true;
    if (name != QLatin1String("light") && name != QLatin1String("dark"))
        return false;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(name == QLatin1String("dark") ? darkPalette() : app.style()->standardPalette());
    return true;
}

} // namespace warmshell::ui::theme
