<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddRowCommand</name>
    <message numerus="yes">
        <source>Add row %1 (%n racks)</source>
        <translation>
            <numerusform>Add row %1 (%n rack)</numerusform>
            <numerusform>Add row %1 (%n racks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteRacksCommand</name>
    <message numerus="yes">
        <source>Delete %n racks</source>
        <translation>
            <numerusform>Delete %n rack</numerusform>
            <numerusform>Delete %n racks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveRacksCommand</name>
    <message numerus="yes">
        <source>Move %n racks</source>
        <translation>
            <numerusform>Move %n rack</numerusform>
            <numerusform>Move %n racks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteRacksCommand</name>
    <message numerus="yes">
        <source>Paste %n racks</source>
        <translation>
            <numerusform>Paste %n rack</numerusform>
            <numerusform>Paste %n racks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantCommands</name>
    <message numerus="yes">
        <source>%n racks</source>
        <translation>
            <numerusform>%n rack</numerusform>
            <numerusform>%n racks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmshell::ui</name>
    <message numerus="yes">
        <source>%n racks</source>
        <translation>
            <numerusform>%n rack</numerusform>
            <numerusform>%n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power nodes</source>
        <translation>
            <numerusform>%n power node</numerusform>
            <numerusform>%n power nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cooling units</source>
        <translation>
            <numerusform>%n cooling unit</numerusform>
            <numerusform>%n cooling units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fleet lots</source>
        <translation>
            <numerusform>%n fleet lot</numerusform>
            <numerusform>%n fleet lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows, </source>
        <translation>
            <numerusform>%n row, </numerusform>
            <numerusform>%n rows, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmshell::ui::AddRowDialog</name>
    <message numerus="yes">
        <source>%1 is %2 m × %3 m: x from %4 to %5 m, y from %6 to %7 m; from x = %8 m, at most %n rack(s) fit.</source>
        <translation>
            <numerusform>%1 is %2 m × %3 m: x from %4 to %5 m, y from %6 to %7 m; from x = %8 m, at most %n rack fits.</numerusform>
            <numerusform>%1 is %2 m × %3 m: x from %4 to %5 m, y from %6 to %7 m; from x = %8 m, at most %n racks fit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmshell::ui::RiskDialog</name>
    <message numerus="yes">
        <source>%1 — %n system(s)</source>
        <translation>
            <numerusform>%1 — %n system</numerusform>
            <numerusform>%1 — %n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmshell::ui::SiteEditor</name>
    <message numerus="yes">
        <source>Copied %n racks</source>
        <translation>
            <numerusform>Copied %n rack</numerusform>
            <numerusform>Copied %n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n racks</source>
        <translation>
            <numerusform>Cut %n rack</numerusform>
            <numerusform>Cut %n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete hall “%1” with its %n rows</source>
        <translation>
            <numerusform>Delete hall “%1” with its %n row</numerusform>
            <numerusform>Delete hall “%1” with its %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n racks? Undo puts them back.</source>
        <translation>
            <numerusform> and %n rack? Undo puts it back.</numerusform>
            <numerusform> and %n racks? Undo puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmshell::ui::TenantTableModel</name>
    <message numerus="yes">
        <source>%n racks</source>
        <translation>
            <numerusform>%n rack</numerusform>
            <numerusform>%n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n halls</source>
        <translation>
            <numerusform>%n hall</numerusform>
            <numerusform>%n halls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lots, %1 GPUs</source>
        <translation>
            <numerusform>%n lot, %1 GPUs</numerusform>
            <numerusform>%n lots, %1 GPUs</numerusform>
        </translation>
    </message>
</context>
</TS>
