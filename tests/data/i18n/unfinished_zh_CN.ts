<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>warmshell::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Gone from the code</source>
        <translation type="vanished">已删除</translation>
    </message>
</context>
</TS>
