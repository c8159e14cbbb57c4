<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddCoolingUnitCommand</name>
    <message>
        <source>Add cooling unit %1</source>
        <translation>添加冷却单元 %1</translation>
    </message>
</context>
<context>
    <name>AddCustomModelCommand</name>
    <message>
        <source>Add custom model %1</source>
        <translation>添加自定义型号 %1</translation>
    </message>
</context>
<context>
    <name>AddHallCommand</name>
    <message>
        <source>Add hall %1</source>
        <translation>添加机房 %1</translation>
    </message>
</context>
<context>
    <name>AddLotCommand</name>
    <message>
        <source>Add lot %1</source>
        <translation>添加批次 %1</translation>
    </message>
</context>
<context>
    <name>AddPowerNodeCommand</name>
    <message>
        <source>Add power node %1</source>
        <translation>添加电源节点 %1</translation>
    </message>
</context>
<context>
    <name>AddRackCommand</name>
    <message>
        <source>Add rack %1</source>
        <translation>添加机柜 %1</translation>
    </message>
</context>
<context>
    <name>AddRowCommand</name>
    <message numerus="yes">
        <source>Add row %1 (%n racks)</source>
        <translation>
            <numerusform>添加机柜行 %1（%n 个机柜）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignCoolingUnitCommand</name>
    <message>
        <source>Cool %1 by %2</source>
        <translation>由 %2 冷却 %1</translation>
    </message>
    <message>
        <source>Disconnect cooling of %1</source>
        <translation>断开 %1 的冷却</translation>
    </message>
</context>
<context>
    <name>DeleteRacksCommand</name>
    <message>
        <source>Delete rack %1</source>
        <translation>删除机柜 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n racks</source>
        <translation>
            <numerusform>删除 %n 个机柜</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveRacksCommand</name>
    <message>
        <source>Move rack %1</source>
        <translation>移动机柜 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n racks</source>
        <translation>
            <numerusform>移动 %n 个机柜</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteRacksCommand</name>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Paste 1 rack</source>
        <translation>粘贴 1 个机柜</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n racks</source>
        <translation>
            <numerusform>粘贴 %n 个机柜</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinSystemsCommand</name>
    <message>
        <source>Pin %1 × %2 in %3</source>
        <translation>将 %1 × %2 固定到 %3</translation>
    </message>
    <message>
        <source>Unpin %1 × %2 from %3</source>
        <translation>从 %3 取消固定 %1 × %2</translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>interruptible load on reserve</source>
        <translation>冗余储备上的可中断负载</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>plan start</source>
        <translation>方案开始日期</translation>
    </message>
    <message>
        <source>planning period</source>
        <translation>规划周期</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>规划期</translation>
    </message>
    <message>
        <source>thermal model</source>
        <translation>热模型</translation>
    </message>
    <message>
        <source>supply temperature</source>
        <translation>供水/送风温度</translation>
    </message>
    <message>
        <source>inlet limit</source>
        <translation>进风温度上限</translation>
    </message>
    <message>
        <source>recirculation from the layout</source>
        <translation>由布局推导的热回流</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>containment</source>
        <translation>气流遏制</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>power limit</source>
        <translation>功率上限</translation>
    </message>
    <message>
        <source>weight limit</source>
        <translation>重量上限</translation>
    </message>
    <message>
        <source>cooling type</source>
        <translation>冷却方式</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>额定值</translation>
    </message>
    <message>
        <source>derating</source>
        <translation>降额系数</translation>
    </message>
    <message>
        <source>redundancy</source>
        <translation>冗余</translation>
    </message>
    <message>
        <source>commissioning date</source>
        <translation>投运日期</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>house load</source>
        <translation>附属负载</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>fixed draw</source>
        <translation>固定用电</translation>
    </message>
    <message>
        <source>draw per kW of heat</source>
        <translation>每 kW 热量的用电</translation>
    </message>
    <message>
        <source>rejects heat to</source>
        <translation>排热对象</translation>
    </message>
    <message>
        <source>load class</source>
        <translation>负载等级</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>system count</source>
        <translation>系统数量</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>retirement date</source>
        <translation>退役日期</translation>
    </message>
    <message>
        <source>depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>minimum GPUs</source>
        <translation>最少 GPU 数</translation>
    </message>
    <message>
        <source>maximum GPUs</source>
        <translation>最多 GPU 数</translation>
    </message>
    <message>
        <source>maximum MW</source>
        <translation>最大 MW</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 — %2 × %3 m</source>
        <translation>%1 — %2 × %3 米</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide was not found at %1. It is installed with WarmShell; in a source checkout it is docs/user-guide.md.</source>
        <translation>在 %1 未找到用户指南。它随 WarmShell 一起安装；在源代码目录中为 docs/user-guide.md。</translation>
    </message>
    <message>
        <source>WarmShell User Guide</source>
        <translation>WarmShell 用户指南</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Capacity Report</source>
        <translation>容量报告</translation>
    </message>
    <message>
        <source>Starting the analyses…</source>
        <translation>正在开始分析…</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the running solve to stop…</source>
        <translation>正在取消：等待正在进行的求解停止…</translation>
    </message>
    <message>
        <source>Drawing the report…</source>
        <translation>正在绘制报告…</translation>
    </message>
</context>
<context>
    <name>RemoveLotCommand</name>
    <message>
        <source>Remove lot %1</source>
        <translation>移除批次 %1</translation>
    </message>
</context>
<context>
    <name>RemovePowerNodeCommand</name>
    <message>
        <source>Remove power node %1</source>
        <translation>移除电源节点 %1</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <source>Add scenario %1</source>
        <translation>添加情景 %1</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>将情景重命名为 %1</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>复制情景 %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>删除情景 %1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>将 %1 添加到 %2</translation>
    </message>
    <message>
        <source>Remove change from %1</source>
        <translation>移除 %1 中的一项更改</translation>
    </message>
    <message>
        <source>Edit change of %1</source>
        <translation>编辑 %1 的更改</translation>
    </message>
</context>
<context>
    <name>ScenariosDock</name>
    <message>
        <source>every lot</source>
        <translation>所有批次</translation>
    </message>
</context>
<context>
    <name>SetLotModelCommand</name>
    <message>
        <source>Change model of %1</source>
        <translation>更改 %1 的型号</translation>
    </message>
</context>
<context>
    <name>SetPropertyCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的%1</translation>
    </message>
</context>
<context>
    <name>TenantCommands</name>
    <message>
        <source>rack %1</source>
        <translation>机柜 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n racks</source>
        <translation>
            <numerusform>%n 个机柜</numerusform>
        </translation>
    </message>
    <message>
        <source>hall %1</source>
        <translation>机房 %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>Add tenant %1</source>
        <translation>添加租户 %1</translation>
    </message>
    <message>
        <source>Remove tenant %1</source>
        <translation>删除租户 %1</translation>
    </message>
    <message>
        <source>Reserve %1 for %2</source>
        <translation>为 %2 预留 %1</translation>
    </message>
    <message>
        <source>Clear reservation of %1</source>
        <translation>清除 %1 的预留</translation>
    </message>
</context>
<context>
    <name>warmshell::ui</name>
    <message>
        <source>1 rack</source>
        <translation>1 个机柜</translation>
    </message>
    <message>
        <source>%1 racks</source>
        <translation>%1 个机柜</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Feed &amp;A</source>
        <translation>A 路馈线(&amp;A)</translation>
    </message>
    <message>
        <source>Feed &amp;B</source>
        <translation>B 路馈线(&amp;B)</translation>
    </message>
    <message>
        <source>None (single-fed)</source>
        <translation>无（单路供电）</translation>
    </message>
    <message>
        <source>No power node reaches a utility feed</source>
        <translation>没有电源节点连通到市电进线</translation>
    </message>
    <message>
        <source>Connect feed A</source>
        <translation>连接 A 路馈线</translation>
    </message>
    <message>
        <source>Connect feed B</source>
        <translation>连接 B 路馈线</translation>
    </message>
    <message>
        <source>&amp;Cooling unit</source>
        <translation>冷却单元(&amp;C)</translation>
    </message>
    <message>
        <source>No cooling unit can serve these racks</source>
        <translation>没有冷却单元能服务这些机柜</translation>
    </message>
    <message>
        <source>Assign cooling unit</source>
        <translation>指定冷却单元</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>（未连接）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Air cooling unit</source>
        <translation>风冷单元</translation>
    </message>
    <message>
        <source>Liquid cooling unit (CDU)</source>
        <translation>液冷单元（CDU）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Height (U)</source>
        <translation>高度（U）</translation>
    </message>
    <message>
        <source>Power limit (kW)</source>
        <translation>功率上限（kW）</translation>
    </message>
    <message>
        <source>Weight limit (kg)</source>
        <translation>重量上限（kg）</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Feed A</source>
        <translation>A 路馈线</translation>
    </message>
    <message>
        <source>Feed B (2N)</source>
        <translation>B 路馈线（2N）</translation>
    </message>
    <message>
        <source>Position (m)</source>
        <translation>位置（米）</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>冗余</translation>
    </message>
    <message>
        <source>Modules (N+1)</source>
        <translation>模块数（N+1）</translation>
    </message>
    <message>
        <source>Efficiency (%)</source>
        <translation>效率（%）</translation>
    </message>
    <message>
        <source>House load (kW)</source>
        <translation>附属负载（kW）</translation>
    </message>
    <message>
        <source>house load</source>
        <translation>附属负载</translation>
    </message>
    <message>
        <source>House loads (kW)</source>
        <translation>附属负载（kW）</translation>
    </message>
    <message>
        <source>%1 in %2 loads</source>
        <translation>%1，共 %2 项负载</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity per module</source>
        <translation>每模块容量</translation>
    </message>
    <message>
        <source>Rated in</source>
        <translation>额定单位</translation>
    </message>
    <message>
        <source>Power factor (kVA)</source>
        <translation>功率因数（kVA）</translation>
    </message>
    <message>
        <source>Derating</source>
        <translation>降额系数</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>投运日期</translation>
    </message>
    <message>
        <source>Fed from</source>
        <translation>上级电源</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>馈线</translation>
    </message>
    <message>
        <source>Fixed draw (kW)</source>
        <translation>固定用电（kW）</translation>
    </message>
    <message>
        <source>Draw per kW of heat (kW; 1/COP for a chiller)</source>
        <translation>每 kW 热量的用电（kW；冷水机组为 1/COP）</translation>
    </message>
    <message>
        <source>Rejects heat to</source>
        <translation>排热至</translation>
    </message>
    <message>
        <source>Capacity per module (kW)</source>
        <translation>每模块容量（kW）</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>服务对象</translation>
    </message>
    <message numerus="yes">
        <source>%n racks</source>
        <translation>
            <numerusform>%n 个机柜</numerusform>
        </translation>
    </message>
    <message>
        <source>Shed (0 kW)</source>
        <translation>切除负载（0 kW）</translation>
    </message>
    <message>
        <source>Cap to %1 (%2 % power)</source>
        <translation>限功率至 %1（%2 % 功率）</translation>
    </message>
    <message>
        <source>Load class</source>
        <translation>负载等级</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>Interruptible</source>
        <translation>可中断</translation>
    </message>
    <message>
        <source>On a failure</source>
        <translation>故障时</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>退役日期</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>Life (years)</source>
        <translation>寿命（年）</translation>
    </message>
    <message>
        <source>Salvage fraction</source>
        <translation>残值比例</translation>
    </message>
    <message numerus="yes">
        <source>%n power nodes</source>
        <translation>
            <numerusform>%n 个电源节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cooling units</source>
        <translation>
            <numerusform>%n 个冷却单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fleet lots</source>
        <translation>
            <numerusform>%n 个设备批次</numerusform>
        </translation>
    </message>
    <message>
        <source>Thermal model</source>
        <translation>热模型</translation>
    </message>
    <message>
        <source>Off (no inlet limit)</source>
        <translation>关（无进风温度上限）</translation>
    </message>
    <message>
        <source>On (inlet temperature limit)</source>
        <translation>开（进风温度上限）</translation>
    </message>
    <message>
        <source>Supply temperature (°C)</source>
        <translation>供水/送风温度（°C）</translation>
    </message>
    <message>
        <source>Inlet limit (°C)</source>
        <translation>进风温度上限（°C）</translation>
    </message>
    <message>
        <source>Recirculation</source>
        <translation>热回流</translation>
    </message>
    <message>
        <source>Explicit coefficients only</source>
        <translation>仅用显式系数</translation>
    </message>
    <message>
        <source>Derived from the layout too</source>
        <translation>同时由布局推导</translation>
    </message>
    <message>
        <source>Currency (ISO 4217)</source>
        <translation>货币（ISO 4217）</translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation>方案开始</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Horizon (periods)</source>
        <translation>规划期（周期数）</translation>
    </message>
    <message>
        <source>Redundancy reserve</source>
        <translation>冗余储备</translation>
    </message>
    <message>
        <source>Held in reserve (usable modules only)</source>
        <translation>作为冗余保留（仅计可用模块）</translation>
    </message>
    <message>
        <source>Interruptible load may use it</source>
        <translation>可中断负载可使用</translation>
    </message>
    <message>
        <source>Origin x (m)</source>
        <translation>原点 x（米）</translation>
    </message>
    <message>
        <source>Origin y (m)</source>
        <translation>原点 y（米）</translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation>宽度（米）</translation>
    </message>
    <message>
        <source>Depth (m)</source>
        <translation>深度（米）</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>容纳</translation>
    </message>
    <message numerus="yes">
        <source>%n rows, </source>
        <translation>
            <numerusform>%n 个机柜行，</numerusform>
        </translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>气流遏制</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Reserve for &amp;tenant</source>
        <translation>为租户预留(&amp;T)</translation>
    </message>
    <message>
        <source>No tenants: add one in the Fleet dock&apos;s Tenants tab</source>
        <translation>没有租户：请在设备面板的“租户”页添加</translation>
    </message>
    <message>
        <source>C&amp;lear reservation</source>
        <translation>清除预留(&amp;L)</translation>
    </message>
    <message>
        <source>Reserve hall for &amp;tenant</source>
        <translation>为租户预留机房(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;lear hall reservation</source>
        <translation>清除机房预留(&amp;L)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Reserved for</source>
        <translation>预留给</translation>
    </message>
    <message>
        <source>(not reserved)</source>
        <translation>（未预留）</translation>
    </message>
    <message>
        <source>%1 (hall %2)</source>
        <translation>%1（机房 %2）</translation>
    </message>
    <message>
        <source>Reserved through its hall</source>
        <translation>经所在机房预留</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::AddRowDialog</name>
    <message>
        <source>Add Row at a Position</source>
        <translation>在指定位置添加机柜行</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>A row of racks, one every 0.6 m from left to right, named and set up like the hall&apos;s rack nearest to the first; positions are rack centres, metres from the hall&apos;s top-left corner.</source>
        <translation>一行机柜，从左到右每 0.6 米一个，名称和设置与机房中离第一个机柜最近的机柜相同；位置为机柜中心，以距机房左上角的米数计。</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>机房(&amp;H)：</translation>
    </message>
    <message>
        <source>First rack &amp;x (from the left wall):</source>
        <translation>第一个机柜的 x(&amp;X)（距左墙）：</translation>
    </message>
    <message>
        <source>First rack &amp;y (from the top wall):</source>
        <translation>第一个机柜的 y(&amp;Y)（距上墙）：</translation>
    </message>
    <message>
        <source>&amp;Racks:</source>
        <translation>机柜(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>添加机柜行(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 m × %3 m: x from %4 to %5 m, y from %6 to %7 m; from x = %8 m, at most %n rack(s) fit.</source>
        <translation>
            <numerusform>%1 为 %2 米 × %3 米：x 从 %4 到 %5 米，y 从 %6 到 %7 米；从 x = %8 米起，最多可放 %n 个机柜。</numerusform>
        </translation>
    </message>
    <message>
        <source>Racks: no rack fits in the hall from this x; choose a smaller x.</source>
        <translation>机柜：从此 x 起机房中放不下任何机柜；请选择更小的 x。</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::AnalysisDock</name>
    <message>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Not analysed yet: press Analyse.</source>
        <translation>尚未分析：请按“分析”。</translation>
    </message>
    <message>
        <source>Nothing analysed: %1.</source>
        <translation>未分析任何内容：%1。</translation>
    </message>
    <message>
        <source>Not current: %1. Press Analyse for the current plan.</source>
        <translation>非最新：%1。请按“分析”以分析当前方案。</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::CapacityReport</name>
    <message>
        <source>most compute (PFLOPS)</source>
        <translation>算力最多（PFLOPS）</translation>
    </message>
    <message>
        <source>most GPUs energized</source>
        <translation>通电 GPU 最多</translation>
    </message>
    <message>
        <source>least idle depreciation</source>
        <translation>闲置折旧最少</translation>
    </message>
    <message>
        <source>Worst single failure (N−1)</source>
        <translation>最严重的单点故障（N−1）</translation>
    </message>
    <message>
        <source>no single failure loses anything</source>
        <translation>任何单点故障都不会造成损失</translation>
    </message>
    <message>
        <source>%1: %2 GPUs, %3 PFLOPS, %4/month</source>
        <translation>%1：%2 个 GPU，%3 PFLOPS，%4/月</translation>
    </message>
    <message>
        <source>Capacity plan — %1</source>
        <translation>容量规划 — %1</translation>
    </message>
    <message>
        <source>Solved for %1 with the objective %2 at %3 precision; method %4, %5 s.</source>
        <translation>已按 %1 求解，目标为%2，精度 %3；方法 %4，%5 秒。</translation>
    </message>
    <message>
        <source> The solve was stopped early: this is the best plan found, not a proven optimum.</source>
        <translation> 求解被提前停止：这是已找到的最佳方案，未证明为最优。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Idle depreciation over the horizon (timeline, %1 %2s)</source>
        <translation>整个规划期的闲置折旧（时间线，%1 个%2）</translation>
    </message>
    <message>
        <source>Most compute per facility MW (generation comparison)</source>
        <translation>每设施 MW 算力最多（代际对比）</translation>
    </message>
    <message>
        <source>%1: %2 PFLOPS per facility MW</source>
        <translation>%1：每设施 MW %2 PFLOPS</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&quot;At this rate&quot; assumes this month&apos;s idle fleet and rate stay unchanged. The timeline solves every period at its start, with deliveries, retirements and new capacity on their dates; its figure is the one to plan with.</source>
        <translation>“按此速率”假定本月的闲置设备和费率保持不变。时间线在每个周期开始时求解，并按各自日期计入交付、退役和新增容量；规划应以时间线的数字为准。</translation>
    </message>
    <message>
        <source>The idle depreciation over the horizon assumes this month&apos;s idle fleet and rate stay unchanged; deliveries and new capacity change both.</source>
        <translation>整个规划期的闲置折旧假定本月的闲置设备和费率保持不变；交付和新增容量会改变这两者。</translation>
    </message>
    <message>
        <source>GPUs per generation</source>
        <translation>各代际 GPU</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代际</translation>
    </message>
    <message>
        <source>Energized GPUs</source>
        <translation>通电 GPU</translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation>闲置 GPU</translation>
    </message>
    <message>
        <source>Energized systems</source>
        <translation>通电系统</translation>
    </message>
    <message>
        <source>Idle systems</source>
        <translation>闲置系统</translation>
    </message>
    <message>
        <source>Energized kW</source>
        <translation>通电 kW</translation>
    </message>
    <message>
        <source>PFLOPS</source>
        <translation>PFLOPS</translation>
    </message>
    <message>
        <source>Idle depreciation / month</source>
        <translation>闲置折旧/月</translation>
    </message>
    <message>
        <source>What limits the plan</source>
        <translation>方案受什么限制</translation>
    </message>
    <message>
        <source>No constraint binds: every available system is energized.</source>
        <translation>没有起约束作用的约束：所有可用系统均已通电。</translation>
    </message>
    <message>
        <source>Floor plan: rack load ÷ rack power limit</source>
        <translation>平面图：机柜负载 ÷ 机柜功率上限</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Power node utilisation at %1</source>
        <translation>%1 时的电源节点利用率</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>设施功率</translation>
    </message>
    <message>
        <source>At the meter the plan draws %1: IT %2, cooling draw %3, house load %4, losses %5. PUE (facility ÷ IT): %6.</source>
        <translation>方案在电表处的用电为 %1：IT %2，冷却用电 %3，附属负载 %4，损耗 %5。PUE（设施 ÷ IT）：%6。</translation>
    </message>
    <message>
        <source>none (nothing energized)</source>
        <translation>无（没有通电的系统）</translation>
    </message>
    <message>
        <source>The site has no utility feed or generator.</source>
        <translation>站点没有市电进线或发电机。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>IT kW</source>
        <translation>IT kW</translation>
    </message>
    <message>
        <source>Cooling kW</source>
        <translation>冷却 kW</translation>
    </message>
    <message>
        <source>Losses kW</source>
        <translation>损耗 kW</translation>
    </message>
    <message>
        <source>House kW</source>
        <translation>附属 kW</translation>
    </message>
    <message>
        <source>Total kW</source>
        <translation>总 kW</translation>
    </message>
    <message>
        <source>Usable kW</source>
        <translation>可用 kW</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Each source&apos;s figures are design loads: a rack fed from two sides counts whole on each side, so the sources together may carry more than the meter total above, which counts it once. Cooling is the draw of the cooling units fed from the source or below it; losses are lost in the efficiencies of the nodes below it.</source>
        <translation>各电源的数字均为设计负载：双路供电的机柜在每一路上都按全部负载计，因此各电源合计可能大于上方只计一次的电表总数。冷却为该电源或其下游供电的冷却单元的用电；损耗为其下游各节点效率造成的损耗。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>No timeline: %1</source>
        <translation>无时间线：%1</translation>
    </message>
    <message>
        <source>The timeline was not computed for this report.</source>
        <translation>本报告未计算时间线。</translation>
    </message>
    <message>
        <source>%1 %2s from %3, each planned at its start with the plan&apos;s objective; %4. Idle depreciation is the depreciation accrued in the period by delivered systems that are not energized.</source>
        <translation>%1 个%2，自 %3 起，每个周期在其开始时按方案目标规划；%4。闲置折旧是指已交付但未通电的系统在该周期内计提的折旧。</translation>
    </message>
    <message>
        <source>systems may move between racks</source>
        <translation>系统可在机柜之间移动</translation>
    </message>
    <message>
        <source>an energized system stays in its rack until it retires</source>
        <translation>已通电的系统留在其机柜中直至退役</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>情景并排比较</translation>
    </message>
    <message>
        <source>The base and %1 scenario(s), each planned period by period as the timeline is. Facility MW is the load at the meter (IT, cooling, house loads, losses); available MW is the usable capacity of the live utility feeds.</source>
        <translation>基准情景和 %1 个情景，每个都像时间线一样按周期逐期规划。设施 MW 是电表处的负载（IT、冷却、附属负载、损耗）；可用 MW 是在运市电进线的可用容量。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>GPUs on</source>
        <translation>通电 GPU</translation>
    </message>
    <message>
        <source>Idle depreciation (%1)</source>
        <translation>闲置折旧（%1）</translation>
    </message>
    <message>
        <source>Facility MW</source>
        <translation>设施 MW</translation>
    </message>
    <message>
        <source>Available MW</source>
        <translation>可用 MW</translation>
    </message>
    <message>
        <source>%1: idle depreciation over the horizon %2.</source>
        <translation>%1：整个规划期的闲置折旧 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>kW used</source>
        <translation>kW 已用</translation>
    </message>
    <message>
        <source>kW available</source>
        <translation>kW 可用</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>累计（%1）</translation>
    </message>
    <message>
        <source>Idle depreciation over the horizon: %1.</source>
        <translation>整个规划期的闲置折旧：%1。</translation>
    </message>
    <message>
        <source>Lots over the timeline</source>
        <translation>时间线上的各批次</translation>
    </message>
    <message>
        <source>never within horizon</source>
        <translation>规划期内始终不会</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Fully energized</source>
        <translation>完全通电</translation>
    </message>
    <message>
        <source>Generation comparison</source>
        <translation>代际对比</translation>
    </message>
    <message>
        <source>No comparison: %1</source>
        <translation>无对比：%1</translation>
    </message>
    <message>
        <source>The generation comparison was not computed for this report.</source>
        <translation>本报告未计算代际对比。</translation>
    </message>
    <message>
        <source>The whole of %1 given to one system model at a time on %2, most compute at dense %3; ranked by PFLOPS per facility MW (at the meter: IT, cooling draw, house load and losses). Cost per PFLOP-year = first-year depreciation (catalog price, 6-year straight line) ÷ PFLOPS.</source>
        <translation>在 %2 上将 %1 的全部资源依次只给一种系统型号，以稠密 %3 精度算力最多为目标；按每设施 MW 的 PFLOPS 排序（电表处：IT、冷却用电、附属负载和损耗）。每 PFLOP·年成本 = 第一年折旧（目录价格，6 年直线法）÷ PFLOPS。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation>IT MW</translation>
    </message>
    <message>
        <source>PFLOPS per IT MW</source>
        <translation>每 IT MW 的 PFLOPS</translation>
    </message>
    <message>
        <source>Cost per PFLOP-year (%1)</source>
        <translation>每 PFLOP·年成本（%1）</translation>
    </message>
    <message>
        <source>Binds</source>
        <translation>起约束作用</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PFLOPS per facility MW</source>
        <translation>每设施 MW 的 PFLOPS</translation>
    </message>
    <message>
        <source>* PUE assumed: the site states no losses, cooling draw or house load.</source>
        <translation>* 假定 PUE：站点未声明损耗、冷却用电或附属负载。</translation>
    </message>
    <message>
        <source>Marginal value of capacity</source>
        <translation>容量的边际价值</translation>
    </message>
    <message>
        <source>Dual: the LP value of one more MW at the node, in objective units. +1 MW: the gain found by re-solving with 1 MW more at the node.</source>
        <translation>对偶值：该节点多 1 MW 时的线性规划价值，以目标单位计。+1 MW：在该节点多 1 MW 后重新求解得到的增益。</translation>
    </message>
    <message>
        <source>not re-solved</source>
        <translation>未重新求解</translation>
    </message>
    <message>
        <source>No binding node: one more MW anywhere energizes nothing more.</source>
        <translation>没有瓶颈节点：任何地方多 1 MW 都不能让更多系统通电。</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Dual / MW</source>
        <translation>对偶值/MW</translation>
    </message>
    <message>
        <source>+1 MW objective</source>
        <translation>+1 MW 目标值</translation>
    </message>
    <message>
        <source>+1 MW GPUs</source>
        <translation>+1 MW GPU</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>文字说明</translation>
    </message>
    <message>
        <source>Stranded capacity</source>
        <translation>搁浅容量</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stranded</source>
        <translation>搁浅</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Assumptions: the fleet&apos;s system models</source>
        <translation>假设：设备的系统型号</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知型号</translation>
    </message>
    <message>
        <source>whole rack</source>
        <translation>整柜</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>TFLOPS/GPU (%1)</source>
        <translation>每 GPU TFLOPS（%1）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Sources of the catalog figures</source>
        <translation>目录数据的来源</translation>
    </message>
    <message>
        <source>Confidence: DS datasheet, R reported, E estimate.</source>
        <translation>可信度：DS 数据手册，R 公开报道，E 估算。</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Depreciation policies of the fleet</source>
        <translation>设备的折旧策略</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>Power chain: redundancy and derating</source>
        <translation>配电链：冗余与降额</translation>
    </message>
    <message>
        <source>Rating (module)</source>
        <translation>额定值（模块）</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>冗余</translation>
    </message>
    <message>
        <source>Derating</source>
        <translation>降额系数</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>投运日期</translation>
    </message>
    <message>
        <source>Usable at plan date</source>
        <translation>方案日期时可用</translation>
    </message>
    <message>
        <source>Usable = rating × usable modules (N: 1, N+1 of m: m − 1, 2N: one side) × derating, 0 before commissioning or when not fed. A rack on two feeds loads each side with its whole load.</source>
        <translation>可用 = 额定值 × 可用模块数（N：1；m 个模块的 N+1：m − 1；2N：一侧）× 降额系数；投运前或无供电时为 0。双路供电的机柜在每一侧都按全部负载计。</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>方案日期</translation>
    </message>
    <message>
        <source>Solver status</source>
        <translation>求解器状态</translation>
    </message>
    <message>
        <source>Site power used</source>
        <translation>站点已用功率</translation>
    </message>
    <message>
        <source>Site power usable (utility)</source>
        <translation>站点可用功率（市电）</translation>
    </message>
    <message>
        <source>GPUs energized</source>
        <translation>通电 GPU</translation>
    </message>
    <message>
        <source>GPUs idle</source>
        <translation>闲置 GPU</translation>
    </message>
    <message>
        <source>Idle depreciation per month</source>
        <translation>每月闲置折旧</translation>
    </message>
    <message>
        <source>Idle depreciation over %1 months at this rate</source>
        <translation>按此速率 %1 个月的闲置折旧</translation>
    </message>
    <message>
        <source>Objective gap</source>
        <translation>目标间隙</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be drawn</source>
        <translation>无法写入 %1：无法绘制 PDF</translation>
    </message>
    <message>
        <source>Untitled site</source>
        <translation>未命名站点</translation>
    </message>
    <message>
        <source>WarmShell capacity plan · %1 · %2</source>
        <translation>WarmShell 容量规划 · %1 · %2</translation>
    </message>
    <message>
        <source>Not computed for this report: %1.</source>
        <translation>本报告未计算：%1。</translation>
    </message>
    <message>
        <source>the timeline and the generation comparison</source>
        <translation>时间线与代际比较</translation>
    </message>
    <message>
        <source>the single failures (N−1)</source>
        <translation>单点故障（N−1）</translation>
    </message>
    <message>
        <source>the scenarios side by side</source>
        <translation>情景并排比较</translation>
    </message>
    <message>
        <source>the Monte Carlo risk run (a Risk page)</source>
        <translation>蒙特卡洛风险运行（风险页）</translation>
    </message>
    <message>
        <source>the procurement plan (a Procurement page)</source>
        <translation>采购计划（采购页）</translation>
    </message>
    <message>
        <source>maximum GPUs</source>
        <translation>最多 GPU 数</translation>
    </message>
    <message>
        <source>maximum MW</source>
        <translation>最大 MW</translation>
    </message>
    <message>
        <source>minimum GPUs</source>
        <translation>最少 GPU 数</translation>
    </message>
    <message>
        <source>GPUs per tenant</source>
        <translation>各租户 GPU</translation>
    </message>
    <message>
        <source>operator&apos;s own</source>
        <translation>运营方自有</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最后</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Quota at its limit</source>
        <translation>达到上限的配额</translation>
    </message>
    <message>
        <source>The highest priority&apos;s lots are energized first, then the next priority&apos;s; the operator&apos;s own lots come after every tenant. A rack or hall reserved for a tenant holds that tenant&apos;s systems only. &quot;Quota at its limit&quot;: the energized GPUs or MW equal the tenant&apos;s maximum, or its minimum holds power back from higher priorities.</source>
        <translation>最高优先级的批次最先通电，然后是次一优先级的；运营方自有批次排在所有租户之后。为某租户预留的机柜或机房只容纳该租户的系统。“达到上限的配额”：通电的 GPU 数或 MW 等于该租户的最大值，或其最小值使电力无法让给更高优先级。</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ColourModeBar</name>
    <message>
        <source>&amp;Colour Racks By</source>
        <translation>机柜着色依据(&amp;C)</translation>
    </message>
    <message>
        <source>Colour racks by:</source>
        <translation>机柜着色依据：</translation>
    </message>
    <message>
        <source>over a limit (rack power or cooling)</source>
        <translation>超出上限（机柜功率或冷却）</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ConnectFeedCommand</name>
    <message>
        <source>Connect feed A of %1</source>
        <translation>连接 %1 的 A 路馈线</translation>
    </message>
    <message>
        <source>Connect feed B of %1</source>
        <translation>连接 %1 的 B 路馈线</translation>
    </message>
    <message>
        <source>Reconnect input of %1</source>
        <translation>重新连接 %1 的输入</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ContingencyDock</name>
    <message>
        <source>Contingencies</source>
        <translation>故障影响</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>GPUs lost</source>
        <translation>损失的 GPU</translation>
    </message>
    <message>
        <source>PFLOPS lost</source>
        <translation>损失的 PFLOPS</translation>
    </message>
    <message>
        <source>Idle cost/month</source>
        <translation>闲置成本/月</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>No cooling</source>
        <translation>无冷却</translation>
    </message>
    <message>
        <source>Capped</source>
        <translation>限功率</translation>
    </message>
    <message>
        <source>Shed</source>
        <translation>切除负载</translation>
    </message>
    <message>
        <source>Analyse every single failure of the current plan</source>
        <translation>分析当前方案的每个单点故障</translation>
    </message>
    <message>
        <source>%L1 single failures on %2, most impact first (%3 s). Double-click one to see it on the floor plan.</source>
        <translation>%2 上共 %L1 个单点故障，按影响从大到小排列（%3 秒）。双击某项可在平面图上查看。</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::CoolingPanel</name>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>冗余</translation>
    </message>
    <message>
        <source>Usable at start</source>
        <translation>开始时可用</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>馈线</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>用电</translation>
    </message>
    <message>
        <source>Rejects to</source>
        <translation>排热至</translation>
    </message>
    <message>
        <source>Its draw is not on the power chain</source>
        <translation>其用电不在配电链上</translation>
    </message>
    <message>
        <source>%1 kW/kW</source>
        <translation>%1 kW/kW</translation>
    </message>
    <message>
        <source>outdoors (plant)</source>
        <translation>室外（冷源设备）</translation>
    </message>
    <message>
        <source>No plant: nothing above this unit limits its heat</source>
        <translation>无冷源设备：此单元之上没有限制其排热的设备</translation>
    </message>
    <message>
        <source>1 room unit</source>
        <translation>1 台机房空调</translation>
    </message>
    <message>
        <source>%1 room units</source>
        <translation>%1 台机房空调</translation>
    </message>
    <message>
        <source>1 rack</source>
        <translation>1 个机柜</translation>
    </message>
    <message>
        <source>%1 racks</source>
        <translation>%1 个机柜</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::CustomModelDialog</name>
    <message>
        <source>The system is a whole rack (fills one rack alone)</source>
        <translation>该系统为整柜系统（独占一个机柜）</translation>
    </message>
    <message>
        <source>Add Custom Model</source>
        <translation>添加自定义型号</translation>
    </message>
    <message>
        <source>A system model for this project&apos;s catalog (saved in the project file). Performance is dense, per system.</source>
        <translation>用于本项目目录的系统型号（保存在项目文件中）。性能为每台系统的稠密算力。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. Acme X9 8-GPU</source>
        <translation>例如 Acme X9 8-GPU</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>ID(&amp;I)</translation>
    </message>
    <message>
        <source>derived from the name</source>
        <translation>由名称推导</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>厂商(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Generation</source>
        <translation>代际(&amp;G)</translation>
    </message>
    <message>
        <source>groups results, e.g. X9</source>
        <translation>用于分组结果，例如 X9</translation>
    </message>
    <message>
        <source>GPUs per &amp;system</source>
        <translation>每台系统 GPU 数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Power per system (kW)</source>
        <translation>每台系统功率（kW）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Rack units (U)</source>
        <translation>机架单元（U）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Weight per system (kg)</source>
        <translation>每台系统重量（kg）(&amp;W)</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <source>Liquid (all heat to liquid)</source>
        <translation>液冷（全部热量进入液体）</translation>
    </message>
    <message>
        <source>Hybrid (liquid rack; part of the heat to air)</source>
        <translation>混合（液冷机柜；部分热量排入空气）</translation>
    </message>
    <message>
        <source>&amp;Cooling</source>
        <translation>冷却(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Liquid fraction of heat (0–1)</source>
        <translation>热量中液冷的比例（0–1）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;BF16 PFLOPS per system</source>
        <translation>每台系统 BF16 PFLOPS(&amp;B)</translation>
    </message>
    <message>
        <source>FP&amp;8 PFLOPS per system</source>
        <translation>每台系统 FP8 PFLOPS(&amp;8)</translation>
    </message>
    <message>
        <source>0 if unsupported</source>
        <translation>不支持则填 0</translation>
    </message>
    <message>
        <source>FP&amp;4 PFLOPS per system</source>
        <translation>每台系统 FP4 PFLOPS(&amp;4)</translation>
    </message>
    <message>
        <source>Pri&amp;ce per system (USD)</source>
        <translation>每台系统价格（美元）(&amp;C)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>必须为整数，实际为 %1</translation>
    </message>
    <message>
        <source>is required: results are grouped by generation</source>
        <translation>为必填项：结果按代际分组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in model id; choose another</source>
        <translation>“%1”是内置型号 ID，请另选一个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the project&apos;s catalog</source>
        <translation>“%1”已在项目目录中</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::DeleteFloorCommand</name>
    <message>
        <source>Delete hall %1 (%n racks)</source>
        <translation>删除机房 %1（%n 个机柜）</translation>
    </message>
    <message>
        <source>Delete row %1 (%n racks)</source>
        <translation>删除机柜行 %1（%n 个机柜）</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::Document</name>
    <message>
        <source>New site</source>
        <translation>新站点</translation>
    </message>
    <message>
        <source>the project has no file to save to; use Save As</source>
        <translation>项目没有可保存到的文件；请使用“另存为”</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::DocumentSession</name>
    <message>
        <source>Recovery copy not written: %1</source>
        <translation>未写入恢复副本：%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>%1 was not opened; the current project is unchanged.</source>
        <translation>未打开 %1；当前项目未改变。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation>已恢复未保存的更改</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ExportDialog</name>
    <message>
        <source>the floor plan is empty: the site has no halls or racks</source>
        <translation>平面图为空：站点没有机房或机柜</translation>
    </message>
    <message>
        <source>cannot draw the floor plan as SVG</source>
        <translation>无法将平面图绘制为 SVG</translation>
    </message>
    <message>
        <source>the floor plan is too large for a PNG (%1 × %2 pixels); export SVG instead</source>
        <translation>平面图太大，无法导出为 PNG（%1 × %2 像素）；请改为导出 SVG</translation>
    </message>
    <message>
        <source>cannot encode the floor plan as PNG</source>
        <translation>无法将平面图编码为 PNG</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Capacity plan report (PDF)</source>
        <translation>容量规划报告（PDF）</translation>
    </message>
    <message>
        <source>Placements table (CSV)</source>
        <translation>布置表（CSV）</translation>
    </message>
    <message>
        <source>Generations table (CSV)</source>
        <translation>代际表（CSV）</translation>
    </message>
    <message>
        <source>Power nodes and cooling units table (CSV)</source>
        <translation>电源节点与冷却单元表（CSV）</translation>
    </message>
    <message>
        <source>Timeline table, period by period (CSV)</source>
        <translation>时间线表，按周期逐期（CSV）</translation>
    </message>
    <message>
        <source>Full result (JSON)</source>
        <translation>完整结果（JSON）</translation>
    </message>
    <message>
        <source>Floor plan by utilisation (PNG)</source>
        <translation>按利用率着色的平面图（PNG）</translation>
    </message>
    <message>
        <source>Floor plan by utilisation (SVG)</source>
        <translation>按利用率着色的平面图（SVG）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>there is no plan to export: the solve failed</source>
        <translation>没有可导出的方案：求解失败</translation>
    </message>
    <message>
        <source>no timeline: %1</source>
        <translation>无时间线：%1</translation>
    </message>
    <message>
        <source>unknown export</source>
        <translation>未知的导出类型</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Tenants table (CSV)</source>
        <translation>租户表 (CSV)</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::FirstLaunchHint</name>
    <message>
        <source>&lt;b&gt;This is an example site&lt;/b&gt;, the power-limited campus that ships with WarmShell: edit it freely, your files are not touched. Try first: click a rack to see its contents, switch the colour mode under the floor plan, read the Results dock. To plan your own site: &lt;b&gt;File → New&lt;/b&gt;, then Site → Add Hall (Help → User Guide walks you through it).</source>
        <translation>&lt;b&gt;这是一个示例站点&lt;/b&gt;，即 WarmShell 自带的受电力限制的园区：可随意编辑，不会改动您的文件。建议先试试：单击机柜查看其内容，在平面图下方切换着色方式，阅读“结果”停靠窗口。要规划您自己的站点：&lt;b&gt;文件 → 新建&lt;/b&gt;，然后选择 站点 → 添加机房（帮助 → 用户指南会一步步引导您）。</translation>
    </message>
    <message>
        <source>Close the hint</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Close this hint for good</source>
        <translation>永久关闭此提示</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::FleetPanel</name>
    <message>
        <source>%1 — no source given</source>
        <translation>%1 — 未给出来源</translation>
    </message>
    <message>
        <source>%1 — %2 [%3]</source>
        <translation>%1 — %2 [%3]</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Add Custom &amp;Model…</source>
        <translation>添加自定义型号(&amp;M)…</translation>
    </message>
    <message>
        <source>Fleet lots</source>
        <translation>设备批次</translation>
    </message>
    <message>
        <source>Catalog of system models</source>
        <translation>系统型号目录</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代际</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>价格（美元）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Add a system model the built-in catalog lacks to this project&apos;s catalog</source>
        <translation>将内置目录中没有的系统型号添加到本项目的目录</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1（项目）</translation>
    </message>
    <message>
        <source>whole rack</source>
        <translation>整柜</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <source>Add &amp;Tenant</source>
        <translation>添加租户(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant</source>
        <translation>删除租户(&amp;R)</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Add a tenant: an owner of lots with a priority, reserved racks and quotas</source>
        <translation>添加租户：拥有批次的所有者，带优先级、预留机柜和配额</translation>
    </message>
    <message>
        <source>Remove the selected tenant; its lots become the operator&apos;s own</source>
        <translation>删除所选租户；其批次归运营方所有</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>租户 %1</translation>
    </message>
    <message>
        <source>%1 joined the project&apos;s catalog, which the base site and every scenario share</source>
        <translation>%1 已加入项目目录，基准站点和所有情景共用该目录</translation>
    </message>
    <message>
        <source>Scenario «%1» is viewed: switch to the base site to remove tenants</source>
        <translation>正在查看情景«%1»：请切换到基准站点以删除租户</translation>
    </message>
    <message>
        <source>Scenario «%1» is viewed: switch to the base site to add tenants</source>
        <translation>正在查看情景«%1»：请切换到基准站点以添加租户</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::FleetTableModel</name>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代际</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>On order at %1</source>
        <translation>已于 %1 订购</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>%1 (unknown model)</source>
        <translation>%1（未知型号）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>$.fleet[%1].count: %2</source>
        <translation>$.fleet[%1].count：%2</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>$.fleet[%1].unitCost: %2</source>
        <translation>$.fleet[%1].unitCost：%2</translation>
    </message>
    <message>
        <source>$.fleet[%1].delivered: expected a date YYYY-MM-DD</source>
        <translation>$.fleet[%1].delivered：应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>operator (none)</source>
        <translation>运营方（无租户）</translation>
    </message>
    <message>
        <source>%1 (unknown tenant)</source>
        <translation>%1（未知租户）</translation>
    </message>
    <message>
        <source>$.fleet[%1].tenant: no tenant has the id %2</source>
        <translation>$.fleet[%1].tenant：没有 id 为 %2 的租户</translation>
    </message>
    <message>
        <source>As in scenario «%1»</source>
        <translation>与情景«%1»中相同</translation>
    </message>
    <message>
        <source>The delivery date in scenario «%1» (base site: %2); an edit is stored as %3</source>
        <translation>情景«%1»中的交付日期（基准站点：%2）；修改会保存为 %3</translation>
    </message>
    <message>
        <source>a lot the scenario adds</source>
        <translation>该情景添加的批次</translation>
    </message>
    <message>
        <source>a scenario cannot change this column; edit the base site</source>
        <translation>情景不能更改此列；请编辑基准站点</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Scenario «%1», lot %2: %3</source>
        <translation>情景«%1»，批次 %2：%3</translation>
    </message>
    <message>
        <source>Change %1 of %2 in scenario %3</source>
        <translation>在情景 %3 中更改 %2 的%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::FloorPlanLegend</name>
    <message>
        <source>Air rack</source>
        <translation>风冷机柜</translation>
    </message>
    <message>
        <source>Air, systems pinned</source>
        <translation>风冷，已固定系统</translation>
    </message>
    <message>
        <source>Liquid rack</source>
        <translation>液冷机柜</translation>
    </message>
    <message>
        <source>Liquid, systems pinned</source>
        <translation>液冷，已固定系统</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · click: select a rack · hover a rack for details</source>
        <translation>滚轮：缩放 · 拖动：平移 · 单击：选择机柜 · 悬停在机柜上查看详情</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::FloorPlanPicture</name>
    <message>
        <source>Untitled site</source>
        <translation>未命名站点</translation>
    </message>
    <message>
        <source>%1 — floor plan by rack utilisation</source>
        <translation>%1 — 按机柜利用率着色的平面图</translation>
    </message>
    <message>
        <source>Plan for %1 · rack load ÷ rack power limit · drawn %2 with WarmShell</source>
        <translation>%1 的方案 · 机柜负载 ÷ 机柜功率上限 · %2 由 WarmShell 绘制</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::FloorPlanScene</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>no hall</source>
        <translation>无机房</translation>
    </message>
    <message>
        <source>%1 cooled · %2 U · power limit %3</source>
        <translation>%1 · %2 U · 功率上限 %3</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <source>Feed A: %1 · Feed B: %2</source>
        <translation>A 路馈线：%1 · B 路馈线：%2</translation>
    </message>
    <message>
        <source>none (single-fed)</source>
        <translation>无（单路供电）</translation>
    </message>
    <message>
        <source>No pinned systems</source>
        <translation>没有固定的系统</translation>
    </message>
    <message>
        <source>Pinned systems:</source>
        <translation>固定的系统：</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::MainWindow</name>
    <message>
        <source>Floor plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Campus (power-limited, two halls)</source>
        <translation>园区（受电力限制，两个机房）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lab (one small hall)</source>
        <translation>实验室（一个小机房）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import from NetBox…</source>
        <translation>从 NetBox 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All Racks</source>
        <translation>选择所有机柜(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Floor Plan</source>
        <translation>适应平面图(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>站点(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>选择和移动(&amp;S)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Add &amp;Rack (click in a hall)</source>
        <translation>添加机柜（在机房内单击）(&amp;R)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Add Rack</source>
        <translation>添加机柜</translation>
    </message>
    <message>
        <source>Add Ro&amp;w (drag in a hall)</source>
        <translation>添加机柜行（在机房内拖动）(&amp;W)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>添加机柜行</translation>
    </message>
    <message>
        <source>Add &amp;Hall</source>
        <translation>添加机房(&amp;H)</translation>
    </message>
    <message>
        <source>Add &amp;Power Node</source>
        <translation>添加电源节点(&amp;P)</translation>
    </message>
    <message>
        <source>Remove Power &amp;Node</source>
        <translation>移除电源节点(&amp;N)</translation>
    </message>
    <message>
        <source>Add &amp;Cooling Unit (serving the selected racks)</source>
        <translation>添加冷却单元（服务所选机柜）(&amp;C)</translation>
    </message>
    <message>
        <source>Add Cooling Unit</source>
        <translation>添加冷却单元</translation>
    </message>
    <message>
        <source>Add &amp;Lot</source>
        <translation>添加批次(&amp;L)</translation>
    </message>
    <message>
        <source>Remove L&amp;ot</source>
        <translation>移除批次(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Procurement…</source>
        <translation>采购(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About WarmShell</source>
        <translation>关于 WarmShell(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>1 rack</source>
        <translation>1 个机柜</translation>
    </message>
    <message>
        <source>%L1 racks</source>
        <translation>%L1 个机柜</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>，上限 %1</translation>
    </message>
    <message>
        <source>Usable at %1: utility %2, generators %3</source>
        <translation>%1 时可用：市电 %2，发电机 %3</translation>
    </message>
    <message>
        <source>Fleet: %L1 GPUs in %L2 systems, max %3</source>
        <translation>设备：%L2 台系统中共 %L1 个 GPU，最多 %3</translation>
    </message>
    <message>
        <source>%1[*] — WarmShell</source>
        <translation>%1[*] — WarmShell</translation>
    </message>
    <message>
        <source>Untitled site</source>
        <translation>未命名站点</translation>
    </message>
    <message>
        <source>About WarmShell</source>
        <translation>关于 WarmShell</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WarmShell %1&lt;/h3&gt;&lt;p&gt;Power and cooling capacity planning for GPU clusters.&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3 · %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WarmShell %1&lt;/h3&gt;&lt;p&gt;GPU 集群的电力与冷却容量规划。&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3 · %4&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language (at next start)</source>
        <translation>语言（下次启动时生效）(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes to %1 when WarmShell starts again.</source>
        <translation>WarmShell 下次启动时语言将切换为%1。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Scenario «%1» is viewed: %2</source>
        <translation>正在查看情景«%1»：%2</translation>
    </message>
    <message>
        <source>Open Exa&amp;mple</source>
        <translation>打开示例(&amp;M)</translation>
    </message>
    <message>
        <source>Site Pr&amp;operties…</source>
        <translation>站点属性(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>下一个面板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>上一个面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add Row at a Position…</source>
        <translation>在指定位置添加机柜行(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ris&amp;k…</source>
        <translation>风险(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::MaintenanceDock</name>
    <message>
        <source>%L1 dark</source>
        <translation>%L1 个断电</translation>
    </message>
    <message>
        <source>%L1 without cooling</source>
        <translation>%L1 个失去冷却</translation>
    </message>
    <message>
        <source>%L1 capped</source>
        <translation>%L1 个限功率</translation>
    </message>
    <message>
        <source>%L1 shedding</source>
        <translation>%L1 个切除负载</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Takes out</source>
        <translation>波及</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>GPUs lost</source>
        <translation>损失的 GPU</translation>
    </message>
    <message>
        <source>GPU-hours lost</source>
        <translation>损失的 GPU·小时</translation>
    </message>
    <message>
        <source>Idle cost</source>
        <translation>闲置成本</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Plan of</source>
        <translation>所用方案</translation>
    </message>
    <message>
        <source>Analyse every maintenance window on the current plan</source>
        <translation>在当前方案上分析每个维护窗口</translation>
    </message>
    <message>
        <source>The project has no maintenance windows.</source>
        <translation>项目没有维护窗口。</translation>
    </message>
    <message>
        <source>%L1 windows: %L2 GPU-hours lost, idle cost %3. Click one to see it on the floor plan.</source>
        <translation>%L1 个维护窗口：损失 %L2 GPU·小时，闲置成本 %3。单击某项可在平面图上查看。</translation>
    </message>
    <message>
        <source>%1, module %2</source>
        <translation>%1，模块 %2</translation>
    </message>
    <message>
        <source>not in service on %1</source>
        <translation>%1 时不在运</translation>
    </message>
    <message>
        <source>Analysed on the plan of %1, not of the window&apos;s day %2: set the plan date (Plan → Plan Date…) to the window&apos;s day, or use warmshell-cli maintenance, for its own figures.</source>
        <translation>按 %1 的方案分析，而非维护窗口当天 %2 的方案：要得到该窗口自身的数字，请将方案日期（方案 → 方案日期…）设为窗口当天，或使用 warmshell-cli maintenance。</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::MeasuredPowerDialog</name>
    <message>
        <source>Measured Power</source>
        <translation>实测功率</translation>
    </message>
    <message>
        <source>Measured power file</source>
        <translation>实测功率文件</translation>
    </message>
    <message>
        <source>CSV or JSON Lines: timestamp, object, kW</source>
        <translation>CSV 或 JSON Lines：时间戳、对象、kW</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Measured power (*.csv *.jsonl *.json);;All files (*)</source>
        <translation>实测功率 (*.csv *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To (not included):</source>
        <translation>至（不含）：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::MeasuredPresenter</name>
    <message>
        <source>Import measured power (CSV or JSON Lines) and compare each node&apos;s plan with its meters</source>
        <translation>导入实测功率（CSV 或 JSON Lines），将每个节点的方案与其电表读数比较</translation>
    </message>
    <message>
        <source>choose a measured power file</source>
        <translation>请选择一个实测功率文件</translation>
    </message>
    <message>
        <source>M&amp;easured Power…</source>
        <translation>实测功率(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::NetBoxImportDialog</name>
    <message>
        <source>Import from NetBox</source>
        <translation>从 NetBox 导入</translation>
    </message>
    <message>
        <source>Saved &amp;files</source>
        <translation>已保存的文件(&amp;F)</translation>
    </message>
    <message>
        <source>NetBox ser&amp;ver</source>
        <translation>NetBox 服务器(&amp;V)</translation>
    </message>
    <message>
        <source>every site (or site slugs, comma separated)</source>
        <translation>所有站点（或以逗号分隔的站点 slug）</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Plan &amp;start:</source>
        <translation>方案开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Of the load on AC feeds: kW = V × A (× √3 three-phase) × power factor</source>
        <translation>交流馈线的负载：kW = V × A（三相再 × √3）× 功率因数</translation>
    </message>
    <message>
        <source>Power f&amp;actor:</source>
        <translation>功率因数(&amp;A)：</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel &amp;fetch</source>
        <translation>取消获取(&amp;F)</translation>
    </message>
    <message>
        <source>The JSON NetBox&apos;s REST API returns for /api/dcim/racks/, /api/dcim/power-panels/ and /api/dcim/power-feeds/ (ask with ?limit=0), saved to files; with NetBox 4.7 also /api/dcim/cooling-sources/ and /api/dcim/cooling-feeds/. The import opens as a new, unsaved project; see docs/netbox.md for the mapping.</source>
        <translation>NetBox REST API 对 /api/dcim/racks/、/api/dcim/power-panels/ 和 /api/dcim/power-feeds/ 返回的 JSON（请求时加 ?limit=0），保存为文件；NetBox 4.7 还有 /api/dcim/cooling-sources/ 和 /api/dcim/cooling-feeds/。导入结果作为一个未保存的新项目打开；映射关系见 docs/netbox.md。</translation>
    </message>
    <message>
        <source>&amp;Racks:</source>
        <translation>机柜(&amp;R)：</translation>
    </message>
    <message>
        <source>Power &amp;panels:</source>
        <translation>配电盘(&amp;P)：</translation>
    </message>
    <message>
        <source>Power &amp;feeds:</source>
        <translation>电源馈线(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;ooling sources:</source>
        <translation>冷却源(&amp;O)：</translation>
    </message>
    <message>
        <source>Coo&amp;ling feeds:</source>
        <translation>冷却供电(&amp;L)：</translation>
    </message>
    <message>
        <source>Asks NetBox&apos;s REST API directly: racks, power panels, power feeds and, from NetBox 4.7, cooling. The token is read from a file (its first line) and sent only to this server; https:// is required except on this machine.</source>
        <translation>直接调用 NetBox 的 REST API：机柜、配电盘、电源馈线，以及 NetBox 4.7 起的冷却信息。令牌从文件中读取（第一行），只发送给此服务器；除本机外必须使用 https://。</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>a file whose first line is the API token</source>
        <translation>第一行为 API 令牌的文件</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>令牌文件(&amp;T)：</translation>
    </message>
    <message>
        <source>optional: PEM certificates of a private CA</source>
        <translation>可选：私有 CA 的 PEM 证书</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA 证书包(&amp;B)：</translation>
    </message>
    <message>
        <source>Nothing imported; the current project is unchanged.</source>
        <translation>未导入任何内容；当前项目未改变。</translation>
    </message>
    <message>
        <source>Token file: %1</source>
        <translation>令牌文件：%1</translation>
    </message>
    <message>
        <source>a file is needed</source>
        <translation>需要一个文件</translation>
    </message>
    <message>
        <source>Asking NetBox at %1…</source>
        <translation>正在查询 %1 上的 NetBox…</translation>
    </message>
    <message>
        <source>optional (NetBox 4.7): cooling-sources.json</source>
        <translation>可选（NetBox 4.7）：cooling-sources.json</translation>
    </message>
    <message>
        <source>optional (NetBox 4.7): cooling-feeds.json</source>
        <translation>可选（NetBox 4.7）：cooling-feeds.json</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>NetBox %1 (JSON)</source>
        <translation>NetBox %1（JSON）</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported; the current project is unchanged.</source>
        <translation>未导入；当前项目未改变。</translation>
    </message>
    <message>
        <source>Imported %1, %2 and %3 as a new, unsaved project.</source>
        <translation>已将 %1、%2 和 %3 导入为一个未保存的新项目。</translation>
    </message>
    <message>
        <source>1 hall</source>
        <translation>1 个机房</translation>
    </message>
    <message>
        <source>%L1 halls</source>
        <translation>%L1 个机房</translation>
    </message>
    <message>
        <source>1 rack</source>
        <translation>1 个机柜</translation>
    </message>
    <message>
        <source>%L1 racks</source>
        <translation>%L1 个机柜</translation>
    </message>
    <message>
        <source>1 power node</source>
        <translation>1 个电源节点</translation>
    </message>
    <message>
        <source>%L1 power nodes</source>
        <translation>%L1 个电源节点</translation>
    </message>
    <message>
        <source>Everything was mapped.</source>
        <translation>全部已映射。</translation>
    </message>
    <message>
        <source>1 item was not mapped or was mapped with an assumption:</source>
        <translation>1 项未映射或在假设下映射：</translation>
    </message>
    <message>
        <source>%L1 items were not mapped or were mapped with an assumption:</source>
        <translation>%L1 项未映射或在假设下映射：</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::OverrideForm</name>
    <message>
        <source>(every lot)</source>
        <translation>（所有批次）</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::PlanPresenter</name>
    <message>
        <source>&amp;Plan</source>
        <translation>方案(&amp;P)</translation>
    </message>
    <message>
        <source>Plan &amp;Date…</source>
        <translation>方案日期(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Capacity &amp;Report (PDF)…</source>
        <translation>导出容量规划报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Timeline and Comparison</source>
        <translation>时间线与比较(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Plan Date</source>
        <translation>方案日期</translation>
    </message>
    <message>
        <source>Solve for the day (YYYY-MM-DD), as warmshell-cli solve --date;
empty: the site&apos;s plan start (%1).</source>
        <translation>按某一天（YYYY-MM-DD）求解，同 warmshell-cli solve --date；
留空：站点的方案开始日期（%1）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>“%1” is not a date YYYY-MM-DD; the plan date is unchanged</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期；方案日期未改变</translation>
    </message>
    <message>
        <source>&amp;Solve Now</source>
        <translation>立即求解(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel Solve</source>
        <translation>取消求解(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Live Solving</source>
        <translation>实时求解(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <source>Most &amp;compute (PFLOPS)</source>
        <translation>算力最多（PFLOPS）(&amp;C)</translation>
    </message>
    <message>
        <source>Most &amp;GPUs</source>
        <translation>GPU 最多(&amp;G)</translation>
    </message>
    <message>
        <source>Least &amp;idle depreciation</source>
        <translation>闲置折旧最少(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>精度(&amp;P)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export Capacity Report</source>
        <translation>导出容量规划报告</translation>
    </message>
    <message>
        <source>There is no plan yet: solve first (F5).</source>
        <translation>尚无方案：请先求解（F5）。</translation>
    </message>
    <message>
        <source>capacity-plan.pdf</source>
        <translation>capacity-plan.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Report cancelled: nothing was written</source>
        <translation>报告已取消：未写入任何内容</translation>
    </message>
    <message>
        <source>Co&amp;ntingencies</source>
        <translation>故障影响(&amp;N)</translation>
    </message>
    <message>
        <source>Ma&amp;intenance Windows</source>
        <translation>维护窗口(&amp;I)</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::PlanStatus</name>
    <message>
        <source>Not solved yet</source>
        <translation>尚未求解</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>无方案</translation>
    </message>
    <message>
        <source>[%1] </source>
        <translation>[%1] </translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1&lt;/b&gt; GPUs energized, &lt;b&gt;%L2&lt;/b&gt; idle</source>
        <translation>&lt;b&gt;%L1&lt;/b&gt; 个 GPU 通电，&lt;b&gt;%L2&lt;/b&gt; 个闲置</translation>
    </message>
    <message>
        <source>idle %1/month</source>
        <translation>闲置 %1/月</translation>
    </message>
    <message>
        <source>power %1 used of %2</source>
        <translation>功率已用 %1，共 %2</translation>
    </message>
    <message>
        <source>gap %1 %</source>
        <translation>间隙 %1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;solving…&lt;/b&gt;</source>
        <translation>&lt;b&gt;求解中…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;stale&lt;/b&gt;</source>
        <translation>&lt;b&gt;已过期&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pinned systems cannot all run</source>
        <translation>固定的系统无法全部运行</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>%L1 problems</source>
        <translation>%L1 个问题</translation>
    </message>
    <message>
        <source>%1: %2 — plan shown is from before this edit</source>
        <translation>%1：%2 — 显示的是此次编辑之前的方案</translation>
    </message>
    <message>
        <source>%1: %2 — no plan yet</source>
        <translation>%1：%2 — 尚无方案</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::PowerChainPanel</name>
    <message>
        <source>in service</source>
        <translation>在运</translation>
    </message>
    <message>
        <source>power factor %1: %2 per module</source>
        <translation>功率因数 %1：每模块 %2</translation>
    </message>
    <message>
        <source>Not yet commissioned at the plan start</source>
        <translation>方案开始时尚未投运</translation>
    </message>
    <message>
        <source>%1 — also fed from here; listed in full under its first input</source>
        <translation>%1 — 也由此处供电；完整内容列在其第一路输入下</translation>
    </message>
    <message>
        <source>%1 kW/kW</source>
        <translation>%1 kW/kW</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Plant draw (%1)</source>
        <translation>冷源设备用电（%1）</translation>
    </message>
    <message>
        <source>Cooling draw (%1)</source>
        <translation>冷却用电（%1）</translation>
    </message>
    <message>
        <source>%1 — cooling unit fed from %2: its fans, pumps or compressors draw here</source>
        <translation>%1 — 由 %2 供电的冷却单元：其风机、水泵或压缩机在此处用电</translation>
    </message>
    <message>
        <source>House load</source>
        <translation>附属负载</translation>
    </message>
    <message>
        <source>Fixed load on %1 (lighting, offices, network...)</source>
        <translation>%1 上的固定负载（照明、办公、网络…）</translation>
    </message>
    <message>
        <source>Power chain</source>
        <translation>配电链</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>额定值</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>冗余</translation>
    </message>
    <message>
        <source>Usable at start</source>
        <translation>开始时可用</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>投运日期</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Measured peak</source>
        <translation>实测峰值</translation>
    </message>
    <message>
        <source>Usable at %1</source>
        <translation>%1 时可用</translation>
    </message>
    <message>
        <source>Planned (not current)</source>
        <translation>计划（非最新）</translation>
    </message>
    <message>
        <source>No measurement of this node in the window</source>
        <translation>该窗口内没有此节点的测量值</translation>
    </message>
    <message>
        <source>Measured peak %1, p99 %2%3 over %4 samples</source>
        <translation>实测峰值 %1，p99 %2%3，共 %4 个样本</translation>
    </message>
    <message>
        <source>%1 ▲ above plan</source>
        <translation>%1 ▲ 高于计划</translation>
    </message>
    <message>
        <source>: above the planned load of %1</source>
        <translation>：高于计划负载 %1</translation>
    </message>
    <message>
        <source>From the last plan, solved before the latest edit: not current</source>
        <translation>来自上一个方案，求解于最近一次编辑之前：非最新</translation>
    </message>
    <message>
        <source>Usable %1, with a measured-diversity credit of %2</source>
        <translation>可用 %1，含实测同时系数带来的 %2 余量</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ProcurementDialog</name>
    <message>
        <source>Procurement — what to buy when</source>
        <translation>采购 — 何时买什么</translation>
    </message>
    <message>
        <source>Candidate models</source>
        <translation>候选型号</translation>
    </message>
    <message>
        <source>%1 (%2, %3 USD)</source>
        <translation>%1（%2，%3 美元）</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>候选：</translation>
    </message>
    <message>
        <source> million USD over the horizon</source>
        <translation> 百万美元（整个规划期）</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source> quarters</source>
        <translation> 个季度</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>规划期：</translation>
    </message>
    <message>
        <source> quarters from order to delivery</source>
        <translation> 个季度（从下单到交付）</translation>
    </message>
    <message>
        <source>Lead time:</source>
        <translation>交付周期：</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source>Discount rate:</source>
        <translation>折现率：</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>方案(&amp;P)</translation>
    </message>
    <message>
        <source>Choose the candidates and the budget, then press Plan.</source>
        <translation>请选择候选型号和预算，然后按“规划”。</translation>
    </message>
    <message>
        <source>Order schedule</source>
        <translation>订购计划</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订购</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Cost USD</source>
        <translation>成本（美元）</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>无方案：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Plan: %1 PFLOPS-years (discounted over the horizon), %2 within %3 % of the best possible.
Compared: buying the most efficient model now gives %4 PFLOPS-years; the file&apos;s orders only, %5.
Idle depreciation %6 USD: %7 USD less than buying the most efficient model now.
No order: %8.</source>
        <translation>方案：%1 PFLOPS·年（按规划期折现），%2 与最优可能值相差不超过 %3 %。
对比：现在购买能效最高的型号可得 %4 PFLOPS·年；仅按文件中的订单，%5。
闲置折旧 %6 美元：比现在购买能效最高的型号少 %7 美元。
未订购：%8。</translation>
    </message>
    <message>
        <source>proven</source>
        <translation>已证明</translation>
    </message>
    <message>
        <source>NOT proven</source>
        <translation>未证明</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>on order</source>
        <translation>已订购</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>在运</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Quarter (bars start at the order, delivery ends the red part)</source>
        <translation>季度（条形从下单开始，红色部分止于交付）</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Not current</source>
        <translation>非最新</translation>
    </message>
    <message>
        <source>Not current (an input changed; press Plan): </source>
        <translation>非最新（输入已更改；请按“规划”）：</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::PropertyEditor</name>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何对象</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty: from the start</source>
        <translation>YYYY-MM-DD，留空：从开始起</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>典型值</translation>
    </message>
    <message>
        <source>Typical figures from the catalog, each with its public source. Choosing one sets the field, as typing it would (Undo takes it back); nothing is applied by itself.</source>
        <translation>目录中的典型值，均附有公开来源。选择其中一项即填入该字段，与手动输入相同（可撤销）；不会自动应用任何内容。</translation>
    </message>
    <message>
        <source>No typical figure for this kind</source>
        <translation>此类型没有典型值</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（混合）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>“%1” is not a three-letter currency code such as USD; nothing was changed</source>
        <translation>“%1”不是三个字母的货币代码（如 USD）；未做任何更改</translation>
    </message>
    <message>
        <source>“%1” is not a number; nothing was changed</source>
        <translation>“%1”不是数字；未做任何更改</translation>
    </message>
    <message>
        <source>must be a whole number, got %1; nothing was changed</source>
        <translation>必须为整数，实际为 %1；未做任何更改</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>；未做任何更改</translation>
    </message>
    <message>
        <source>“%1” is not a date YYYY-MM-DD; nothing was changed</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期；未做任何更改</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的%1</translation>
    </message>
    <message>
        <source>Editing scenario «%1» — changes are stored as overrides (base site unchanged)</source>
        <translation>正在编辑情景«%1» — 修改保存为情景变更（基准站点不变）</translation>
    </message>
    <message>
        <source>The fields show the project with this scenario applied. A field a scenario can change is stored as one of its changes (see the Scenarios dock); the others are read-only. Pick Base in the Scenarios dock to edit the site.</source>
        <translation>各字段显示应用此情景后的项目。情景可以修改的字段会保存为该情景的一项变更（见“情景”面板）；其他字段为只读。在“情景”面板中选择“基准”即可编辑站点。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Remove the scenario&apos;s change of this field: the base site&apos;s value applies again (one undo step)</source>
        <translation>移除情景对此字段的变更：重新采用基准站点的值（一个撤销步骤）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Base site: %1; this scenario: %2</source>
        <translation>基准站点：%1；此情景：%2</translation>
    </message>
    <message>
        <source>Base site: %1</source>
        <translation>基准站点：%1</translation>
    </message>
    <message>
        <source>The value in scenario «%1»; the base site&apos;s is %2. An edit is stored as %3; Revert removes it.</source>
        <translation>情景«%1»中的值；基准站点的值为 %2。修改会保存为 %3；“还原”会将其移除。</translation>
    </message>
    <message>
        <source>Change %1 of %2 in scenario %3</source>
        <translation>在情景 %3 中更改 %2 的%1</translation>
    </message>
    <message>
        <source>Revert %1 of %2 in scenario %3</source>
        <translation>在情景 %3 中还原 %2 的%1</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::RackElevation</name>
    <message>
        <source>Select a rack on the floor plan to see its elevation.</source>
        <translation>在平面图上选择机柜即可查看其立面图。</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · 已固定</translation>
    </message>
    <message>
        <source>%1 · %2 / %3 · %4 / %5 U</source>
        <translation>%1 · %2 / %3 · %4 / %5 U</translation>
    </message>
    <message>
        <source>Pinned contents only (not solved yet)</source>
        <translation>仅固定内容（尚未求解）</translation>
    </message>
    <message>
        <source>Placement from the last plan (stale: re-solving)</source>
        <translation>上一个方案的布置（已过期：正在重新求解）</translation>
    </message>
    <message>
        <source>Placement from the plan · drop a model here to pin it</source>
        <translation>方案的布置 · 将型号拖放到此处即可固定</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::RackElevationDock</name>
    <message>
        <source>U%1–U%2</source>
        <translation>U%1–U%2</translation>
    </message>
    <message>
        <source>U%1</source>
        <translation>U%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rack Elevation</source>
        <translation>机柜立面图</translation>
    </message>
    <message>
        <source>System models to drag into the rack</source>
        <translation>可拖入机柜的系统型号</translation>
    </message>
    <message>
        <source>Drag a model onto the rack, or press Enter on it, to pin one system of it there</source>
        <translation>将型号拖到机柜上，或在型号上按 Enter，即可在此固定一台该型号的系统</translation>
    </message>
    <message>
        <source>Catalog: drag a model onto the rack (or press Enter) to pin it</source>
        <translation>目录：将型号拖到机柜上（或按 Enter）即可固定</translation>
    </message>
    <message>
        <source>Rack elevation</source>
        <translation>机柜立面图</translation>
    </message>
    <message>
        <source>Select a rack first.</source>
        <translation>请先选择一个机柜。</translation>
    </message>
    <message>
        <source>Unknown system model &quot;%1&quot;.</source>
        <translation>未知的系统型号“%1”。</translation>
    </message>
    <message>
        <source>%1 is liquid-cooled; %2 is an air rack.</source>
        <translation>%1 为液冷；%2 是风冷机柜。</translation>
    </message>
    <message>
        <source>%1 fills a whole rack; %2 already holds pinned systems.</source>
        <translation>%1 占满整个机柜；%2 已装有固定的系统。</translation>
    </message>
    <message>
        <source>%1 already holds a whole-rack system.</source>
        <translation>%1 已装有整柜系统。</translation>
    </message>
    <message>
        <source>%1 needs %2 U; %3 has %4 U free of pinned systems.</source>
        <translation>%1 需要 %2 U；%3 除固定系统外还有 %4 U 空余。</translation>
    </message>
    <message>
        <source>Cannot pin %1 in %2: %3.</source>
        <translation>无法将 %1 固定到 %2：%3。</translation>
    </message>
    <message>
        <source>whole rack</source>
        <translation>整柜</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <source>%1
%2 GPUs · %3 · %4 · %5</source>
        <translation>%1
%2 个 GPU · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <source>air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <source>Scenario «%1» is viewed: switch to the base site to pin systems in racks.</source>
        <translation>正在查看情景«%1»：请切换到基准站点以在机柜中固定系统。</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::RackTablePanel</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source> · B: %1</source>
        <translation> · B：%1</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Racks of the site</source>
        <translation>站点的机柜</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>机柜行</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Limit kW</source>
        <translation>上限 kW</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>馈线</translation>
    </message>
    <message>
        <source>Pinned systems</source>
        <translation>固定的系统</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <source>air</source>
        <translation>风冷</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>WarmShell did not close properly last time. These unsaved changes were kept. Recover one to open it as an unsaved project; discard the ones you do not need.</source>
        <translation>WarmShell 上次未正常关闭。以下未保存的更改已被保留。恢复其中一项即可将其作为未保存的项目打开；不需要的可以放弃。</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>已自动保存</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2，%3，%4</translation>
    </message>
    <message>
        <source>hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>halls</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ReportAnalysis</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Generation comparison</source>
        <translation>代际对比</translation>
    </message>
    <message>
        <source>Single failures (N−1)</source>
        <translation>单点故障（N−1）</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>情景并排比较</translation>
    </message>
    <message>
        <source>Monte Carlo risk</source>
        <translation>蒙特卡洛风险</translation>
    </message>
    <message>
        <source>Procurement plan</source>
        <translation>采购计划</translation>
    </message>
    <message>
        <source>Monte Carlo risk: %1 of %2 samples</source>
        <translation>蒙特卡洛风险：%1 / %2 个样本</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ReportOptionsDialog</name>
    <message>
        <source>%1 M USD</source>
        <translation>%1 百万美元</translation>
    </message>
    <message>
        <source>no total budget</source>
        <translation>无总预算</translation>
    </message>
    <message>
        <source>%1 candidates, %2 over %3 quarters</source>
        <translation>%1 个候选型号，%2，共 %3 个季度</translation>
    </message>
    <message>
        <source>Capacity Report: What to Include</source>
        <translation>容量报告：包含内容</translation>
    </message>
    <message>
        <source>The plan&apos;s own pages are always in the report. Include also:</source>
        <translation>报告始终包含计划本身的页面。另外包含：</translation>
    </message>
    <message>
        <source>The analyses run in the background with a progress bar; Cancel stops them and writes nothing. A section left out is named as not computed in the report.</source>
        <translation>分析在后台运行并显示进度条；“取消”会停止分析且不写入任何内容。未包含的部分会在报告中注明未计算。</translation>
    </message>
    <message>
        <source>&amp;Compute and Export</source>
        <translation>计算并导出(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Timeline and generation comparison</source>
        <translation>时间线与代际比较(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Single failures (N−1)</source>
        <translation>单点故障（N−1）(&amp;S)</translation>
    </message>
    <message>
        <source>Sc&amp;enarios side by side (the base and its scenario)</source>
        <translation>情景并排比较（基准及其情景）(&amp;E)</translation>
    </message>
    <message>
        <source>Sc&amp;enarios side by side (the base and %1 scenarios)</source>
        <translation>情景并排比较（基准及 %1 个情景）(&amp;E)</translation>
    </message>
    <message>
        <source>Monte Carlo &amp;risk (fan chart, P10 / P50 / P90)</source>
        <translation>蒙特卡洛风险（扇形图，P10 / P50 / P90）(&amp;R)</translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation>样本数(&amp;M)：</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>随机种子(&amp;D)：</translation>
    </message>
    <message>
        <source>Reuse the Risk dialog&apos;s last run (%1 samples, seed %2): the project has not changed since</source>
        <translation>复用“风险”对话框的上次运行（%1 个样本，随机种子 %2）：项目此后未更改</translation>
    </message>
    <message>
        <source>&amp;Procurement plan (%1)</source>
        <translation>采购计划（%1）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Procurement plan: plan one in Tools → Procurement… first</source>
        <translation>采购计划：请先在“工具 → 采购…”中制定(&amp;P)</translation>
    </message>
    <message>
        <source>Reuse the Procurement dialog&apos;s last plan: the project has not changed since</source>
        <translation>复用“采购”对话框的上次计划：项目此后未更改</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ResultsDock</name>
    <message>
        <source>Id: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %8 · %2 %3 (bound %4, gap %5 %) · %6 in %7 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，日期 %8 · %2 %3（界 %4，间隙 %5 %）· %6，用时 %7 秒</translation>
    </message>
    <message>
        <source> · &lt;b&gt;cancelled&lt;/b&gt;: best plan so far</source>
        <translation> · &lt;b&gt;已取消&lt;/b&gt;：迄今最佳方案</translation>
    </message>
    <message>
        <source> · &lt;b&gt;time limit&lt;/b&gt;: best plan so far</source>
        <translation> · &lt;b&gt;达到时间限制&lt;/b&gt;：迄今最佳方案</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>代际</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代际</translation>
    </message>
    <message>
        <source>Energized GPUs</source>
        <translation>通电 GPU</translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation>闲置 GPU</translation>
    </message>
    <message>
        <source>Energized systems</source>
        <translation>通电系统</translation>
    </message>
    <message>
        <source>Idle systems</source>
        <translation>闲置系统</translation>
    </message>
    <message>
        <source>Energized kW</source>
        <translation>通电 kW</translation>
    </message>
    <message>
        <source>Idle depreciation / month</source>
        <translation>闲置折旧/月</translation>
    </message>
    <message>
        <source>Binding constraints</source>
        <translation>起约束作用的约束</translation>
    </message>
    <message>
        <source>Marginal value</source>
        <translation>边际价值</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Dual (objective / MW)</source>
        <translation>对偶值（目标/MW）</translation>
    </message>
    <message>
        <source>+1 MW: objective</source>
        <translation>+1 MW：目标值</translation>
    </message>
    <message>
        <source>+1 MW: GPUs</source>
        <translation>+1 MW：GPU</translation>
    </message>
    <message>
        <source>By generation</source>
        <translation>按代际</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>文字说明</translation>
    </message>
    <message>
        <source>Stranded capacity</source>
        <translation>搁浅容量</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stranded kW</source>
        <translation>搁浅 kW</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Power node utilisation</source>
        <translation>电源节点利用率</translation>
    </message>
    <message>
        <source>Load kW</source>
        <translation>负载 kW</translation>
    </message>
    <message>
        <source>Usable kW</source>
        <translation>可用 kW</translation>
    </message>
    <message>
        <source>Use %</source>
        <translation>使用率 %</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Stranded</source>
        <translation>搁浅</translation>
    </message>
    <message>
        <source>Energized vs idle</source>
        <translation>通电与闲置</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>尚无方案。</translation>
    </message>
    <message>
        <source>Power node utilisation at %1</source>
        <translation>%1 时的电源节点利用率</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>所有代际</translation>
    </message>
    <message>
        <source>No constraint binds: every available system is energized.</source>
        <translation>没有起约束作用的约束：所有可用系统均已通电。</translation>
    </message>
    <message>
        <source>not re-solved</source>
        <translation>未重新求解</translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation>结果 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario %1&lt;/b&gt; · </source>
        <translation>&lt;b&gt;情景 %1&lt;/b&gt; · </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not current&lt;/b&gt;</source>
        <translation>&lt;b&gt;非最新&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · plan shown: </source>
        <translation> · 显示的方案：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stale&lt;/b&gt;</source>
        <translation>&lt;b&gt;已过期&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Cannot export chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Quota at its limit</source>
        <translation>达到上限的配额</translation>
    </message>
    <message>
        <source>maximum GPUs</source>
        <translation>最多 GPU 数</translation>
    </message>
    <message>
        <source>maximum MW</source>
        <translation>最大 MW</translation>
    </message>
    <message>
        <source>minimum GPUs (holds power back from higher priorities)</source>
        <translation>最少 GPU 数（占用了更高优先级可用的电力）</translation>
    </message>
    <message>
        <source>operator&apos;s own</source>
        <translation>运营方自有</translation>
    </message>
    <message>
        <source>after every tenant</source>
        <translation>排在所有租户之后</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ResultsSummary</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %L2 energized, %L3 idle GPUs</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%L2 个 GPU 通电，%L3 个闲置</translation>
    </message>
    <message>
        <source>No GPUs in the fleet at this date</source>
        <translation>该日期设备中没有 GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;Binding limit&lt;/b&gt;: none; every available system is energized</source>
        <translation>&lt;b&gt;约束瓶颈&lt;/b&gt;：无；所有可用系统均已通电</translation>
    </message>
    <message>
        <source>&lt;b&gt;Binding limit&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;约束瓶颈&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source> (and %L1 more)</source>
        <translation>（另有 %L1 项）</translation>
    </message>
    <message>
        <source>, best plan so far</source>
        <translation>，迄今最佳方案</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan for %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1 的方案&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Idle cost&lt;/b&gt;: %1 per month</source>
        <translation>&lt;b&gt;闲置成本&lt;/b&gt;：每月 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Facility power&lt;/b&gt;: %1 used of %2 available</source>
        <translation>&lt;b&gt;设施功率&lt;/b&gt;：已用 %1，可用 %2</translation>
    </message>
    <message>
        <source>, PUE %1</source>
        <translation>，PUE %1</translation>
    </message>
    <message>
        <source> (IT only: no losses, house load or cooling draw declared)</source>
        <translation>（仅 IT 负载：未声明损耗、附属负载或冷却用电）</translation>
    </message>
    <message>
        <source>cooling plant %1</source>
        <translation>冷源设备 %1</translation>
    </message>
    <message>
        <source>No plan yet: the solver runs after the project opens.</source>
        <translation>尚无方案：项目打开后求解器将开始运行。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not current&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;非最新&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stale&lt;/b&gt;: the project changed, re-solving…</source>
        <translation>&lt;b&gt;已过期&lt;/b&gt;：项目已更改，正在重新求解…</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::RiskDialog</name>
    <message>
        <source>Risk — delays with odds</source>
        <translation>风险 — 带概率的延期</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>样本数(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>The same seed gives the same answer on any number of threads.</source>
        <translation>无论线程数多少，相同的随机种子都给出相同的结果。</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ancel Run</source>
        <translation>取消运行(&amp;A)</translation>
    </message>
    <message>
        <source>%v of %m samples</source>
        <translation>%v / %m 个样本</translation>
    </message>
    <message>
        <source>Set the samples and the seed, then press Run.</source>
        <translation>设置样本数和随机种子，然后按“运行”。</translation>
    </message>
    <message>
        <source>Energized GPUs</source>
        <translation>通电 GPU</translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation>闲置 GPU</translation>
    </message>
    <message>
        <source>Idle depreciation</source>
        <translation>闲置折旧</translation>
    </message>
    <message>
        <source>Fan chart of:</source>
        <translation>扇形图对象：</translation>
    </message>
    <message>
        <source>Probability each lot is fully energized by the start of each period:</source>
        <translation>各批次在每个周期开始前完全通电的概率：</translation>
    </message>
    <message>
        <source>Chance each lot is fully energized, by period</source>
        <translation>各批次按周期完全通电的概率</translation>
    </message>
    <message>
        <source>Share of samples in which the lot is fully energized by the period&apos;s start</source>
        <translation>在周期开始前该批次完全通电的样本比例</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>No result: %1</source>
        <translation>无结果：%1</translation>
    </message>
    <message>
        <source>%1 samples of %2 periods, seed %3, %4 thread(s), %5 s; %6 uncertain dates; %7 of %8 period plans reused.</source>
        <translation>%1 个样本，每个 %2 个周期，随机种子 %3，%4 个线程，%5 秒；%6 个不确定日期；%8 个周期方案中复用了 %7 个。</translation>
    </message>
    <message>
        <source>%1 samples had a period solve stopped at its time limit: figures may differ run to run.</source>
        <translation>%1 个样本中有周期求解因时间限制而停止：各次运行的数字可能不同。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n system(s)</source>
        <translation>
            <numerusform>%1 — %n 台系统</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no completed run to export</source>
        <translation>没有已完成的运行可导出</translation>
    </message>
    <message>
        <source>Export Risk as CSV</source>
        <translation>将风险导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Not current</source>
        <translation>非最新</translation>
    </message>
    <message>
        <source>Not current (an input changed; press Run): </source>
        <translation>非最新（输入已更改；请按“运行”）：</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ScenarioCompareDialog</name>
    <message>
        <source>Scenarios Side by Side</source>
        <translation>情景并排比较</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>要比较的情景</translation>
    </message>
    <message>
        <source>Compare the base with:</source>
        <translation>将基准与以下情景比较：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>情景并排比较</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代际</translation>
    </message>
    <message>
        <source>GPUs on</source>
        <translation>通电 GPU</translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation>闲置 GPU</translation>
    </message>
    <message>
        <source>Idle depreciation</source>
        <translation>闲置折旧</translation>
    </message>
    <message>
        <source>Facility MW used</source>
        <translation>已用设施 MW</translation>
    </message>
    <message>
        <source>Utility MW available</source>
        <translation>可用市电 MW</translation>
    </message>
    <message>
        <source>Not current: the ticks changed since this comparison. Press Compare.</source>
        <translation>非最新：此次比较之后勾选项已更改。请按“比较”。</translation>
    </message>
    <message>
        <source>Press Compare to run the timelines of the base and the ticked scenarios.</source>
        <translation>按“比较”运行基准情景和所勾选情景的时间线。</translation>
    </message>
    <message>
        <source>Comparing %1 timelines…</source>
        <translation>正在比较 %1 条时间线…</translation>
    </message>
    <message>
        <source>%1 scenario(s) against the base. Money in %2; facility MW at the meter.</source>
        <translation>%1 个情景与基准情景对比。金额单位 %2；设施 MW 按电表计。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export CSV</source>
        <translation>无法导出 CSV</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::ScenariosDock</name>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Compare Side by Side…</source>
        <translation>并排比较…</translation>
    </message>
    <message>
        <source>The base and %1 to %2 scenarios: GPUs, idle cost and facility MW per period</source>
        <translation>基准情景与 %1 至 %2 个情景：每周期的 GPU、闲置成本和设施 MW</translation>
    </message>
    <message>
        <source>Changes of the scenario</source>
        <translation>情景的更改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Base (the project as it is)</source>
        <translation>基准（项目当前状态）</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>位置：%1</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::SiteEditor</name>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Copied 1 rack</source>
        <translation>已复制 1 个机柜</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n racks</source>
        <translation>
            <numerusform>已复制 %n 个机柜</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut 1 rack</source>
        <translation>剪切 1 个机柜</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n racks</source>
        <translation>
            <numerusform>剪切 %n 个机柜</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete hall “%1” with its %n rows</source>
        <translation>
            <numerusform>删除机房“%1”及其 %n 个机柜行</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete row “%1”</source>
        <translation>删除机柜行“%1”</translation>
    </message>
    <message numerus="yes">
        <source> and %n racks? Undo puts them back.</source>
        <translation>
            <numerusform>及其 %n 个机柜吗？撤销可将其恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Scenario «%1» is viewed: %2</source>
        <translation>正在查看情景«%1»：%2</translation>
    </message>
    <message>
        <source>switch to the base site to add racks</source>
        <translation>请切换到基准站点以添加机柜</translation>
    </message>
    <message>
        <source>switch to the base site to add rows</source>
        <translation>请切换到基准站点以添加机柜行</translation>
    </message>
    <message>
        <source>switch to the base site to move racks</source>
        <translation>请切换到基准站点以移动机柜</translation>
    </message>
    <message>
        <source>switch to the base site to move or resize halls</source>
        <translation>请切换到基准站点以移动机房或调整其大小</translation>
    </message>
    <message>
        <source>switch to the base site to cut racks</source>
        <translation>请切换到基准站点以剪切机柜</translation>
    </message>
    <message>
        <source>switch to the base site to paste racks</source>
        <translation>请切换到基准站点以粘贴机柜</translation>
    </message>
    <message>
        <source>switch to the base site to delete racks, rows, halls, power nodes or lots</source>
        <translation>请切换到基准站点以删除机柜、机柜行、机房、电源节点或批次</translation>
    </message>
    <message>
        <source>switch to the base site to add halls</source>
        <translation>请切换到基准站点以添加机房</translation>
    </message>
    <message>
        <source>switch to the base site to add power nodes</source>
        <translation>请切换到基准站点以添加电源节点</translation>
    </message>
    <message>
        <source>switch to the base site to remove power nodes (or add a remove-node change in the Scenarios dock)</source>
        <translation>请切换到基准站点以移除电源节点（或在“情景”面板中添加 remove-node 变更）</translation>
    </message>
    <message>
        <source>switch to the base site to add cooling units</source>
        <translation>请切换到基准站点以添加冷却单元</translation>
    </message>
    <message>
        <source>switch to the base site to add lots (or add an add-lot change in the Scenarios dock)</source>
        <translation>请切换到基准站点以添加批次（或在“情景”面板中添加 add-lot 变更）</translation>
    </message>
    <message>
        <source>switch to the base site to remove lots (or add a retire-lot change in the Scenarios dock)</source>
        <translation>请切换到基准站点以移除批次（或在“情景”面板中添加 retire-lot 变更）</translation>
    </message>
    <message>
        <source>switch to the base site to wire racks, assign cooling or reserve racks for tenants</source>
        <translation>请切换到基准站点以为机柜接线、分配冷却或为租户预留机柜</translation>
    </message>
    <message>
        <source>switch to the base site to reserve halls for tenants</source>
        <translation>请切换到基准站点以为租户预留机房</translation>
    </message>
    <message>
        <source>The site has no hall: add one first (Site ▸ Add Hall)</source>
        <translation>站点没有机房：请先添加一个（站点 ▸ 添加机房）</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::TenantTableModel</name>
    <message>
        <source>1 rack</source>
        <translation>1 个机柜</translation>
    </message>
    <message numerus="yes">
        <source>%n racks</source>
        <translation>
            <numerusform>%n 个机柜</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hall</source>
        <translation>1 个机房</translation>
    </message>
    <message numerus="yes">
        <source>%n halls</source>
        <translation>
            <numerusform>%n 个机房</numerusform>
        </translation>
    </message>
    <message>
        <source>1 lot, %1 GPUs</source>
        <translation>1 个批次，%1 个 GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n lots, %1 GPUs</source>
        <translation>
            <numerusform>%n 个批次，%1 个 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: no quota. GPUs and MW count the tenant&apos;s energized systems at the plan date.</source>
        <translation>留空：无配额。GPU 数和 MW 按方案日期该租户通电的系统计算。</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Min GPUs</source>
        <translation>最少 GPU</translation>
    </message>
    <message>
        <source>Max GPUs</source>
        <translation>最多 GPU</translation>
    </message>
    <message>
        <source>Max MW</source>
        <translation>最大 MW</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>必须是整数，输入为 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a scenario cannot change a tenant&apos;s name; edit the base site</source>
        <translation>情景不能更改租户的名称；请编辑基准站点</translation>
    </message>
    <message>
        <source>a scenario cannot change a tenant&apos;s priority; edit the base site</source>
        <translation>情景不能更改租户的优先级；请编辑基准站点</translation>
    </message>
    <message>
        <source>a scenario cannot change a tenant&apos;s quotas; edit the base site</source>
        <translation>情景不能更改租户的配额；请编辑基准站点</translation>
    </message>
    <message>
        <source>a scenario cannot change a tenant&apos;s reservations; edit the base site</source>
        <translation>情景不能更改租户的预留；请编辑基准站点</translation>
    </message>
    <message>
        <source>a scenario cannot change a tenant&apos;s lots; edit the base site</source>
        <translation>情景不能更改租户的批次；请编辑基准站点</translation>
    </message>
    <message>
        <source>Scenario «%1» is viewed: %2</source>
        <translation>正在查看情景«%1»：%2</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::TimelineDock</name>
    <message>
        <source>Timeline and Comparison</source>
        <translation>时间线与比较</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Solve the project period by period and each GPU generation alone on the site (one solve per period and per model, on a worker thread)</source>
        <translation>按周期逐期求解项目，并让每一代 GPU 单独占用站点求解（每个周期、每个型号求解一次，在后台线程中运行）</translation>
    </message>
    <message>
        <source>Stop the timeline and comparison; the charts keep the last result</source>
        <translation>停止时间线与比较；图表保留上一次的结果</translation>
    </message>
    <message>
        <source>Timeline by period</source>
        <translation>按周期的时间线</translation>
    </message>
    <message>
        <source>Generations compared</source>
        <translation>对比的代际</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Generation comparison</source>
        <translation>代际对比</translation>
    </message>
    <message>
        <source>Not computed yet: press Compute (Plan ▸ Timeline and Comparison).</source>
        <translation>尚未计算：请按“计算”（方案 ▸ 时间线与比较）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No timeline&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;无时间线&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>%1 %2 from %3 · idle depreciation over the horizon &lt;b&gt;%4&lt;/b&gt; · worst gap %5 % · %6 s</source>
        <translation>%1 个%2，自 %3 起 · 整个规划期的闲置折旧 &lt;b&gt;%4&lt;/b&gt; · 最大间隙 %5 % · %6 秒</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source> · comparison: %1</source>
        <translation> · 比较：%1</translation>
    </message>
    <message>
        <source> · comparison per facility MW at an &lt;b&gt;assumed PUE of %1&lt;/b&gt; (the site states no losses, cooling draw or house load; [%2] %3)</source>
        <translation> · 按设施每 MW 比较，&lt;b&gt;假定 PUE 为 %1&lt;/b&gt;（站点未声明损耗、冷却用电或附属负载；[%2] %3）</translation>
    </message>
    <message>
        <source> · comparison per facility MW, PUE computed for each generation from its plan</source>
        <translation> · 按设施每 MW 比较，PUE 由各代产品各自的方案计算</translation>
    </message>
    <message>
        <source>&lt;b&gt;computing…&lt;/b&gt;</source>
        <translation>&lt;b&gt;计算中…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;cancelled&lt;/b&gt;</source>
        <translation>&lt;b&gt;已取消&lt;/b&gt;</translation>
    </message>
    <message>
        <source>: the charts show the last result; Compute again</source>
        <translation>：图表显示的是上一次的结果；请重新计算</translation>
    </message>
    <message>
        <source>&lt;b&gt;stale&lt;/b&gt;</source>
        <translation>&lt;b&gt;已过期&lt;/b&gt;</translation>
    </message>
    <message>
        <source>: the project changed; Compute again</source>
        <translation>：项目已更改；请重新计算</translation>
    </message>
    <message>
        <source>Timeline %v/%m</source>
        <extracomment>%v: solves done, %m: solves of that part</extracomment>
        <translation>时间线 %v/%m</translation>
    </message>
    <message>
        <source>Comparison %v/%m</source>
        <translation>比较 %v/%m</translation>
    </message>
    <message>
        <source>Periods of the timeline solved</source>
        <translation>已求解的时间线周期</translation>
    </message>
    <message>
        <source>GPU generations compared</source>
        <translation>GPU 代际对比</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::UtilisationLegend</name>
    <message>
        <source>no systems</source>
        <translation>无系统</translation>
    </message>
    <message>
        <source>≤ 50 %</source>
        <translation>≤ 50 %</translation>
    </message>
    <message>
        <source>50–80 %</source>
        <translation>50–80 %</translation>
    </message>
    <message>
        <source>80–95 %</source>
        <translation>80–95 %</translation>
    </message>
    <message>
        <source>95–100 %</source>
        <translation>95–100 %</translation>
    </message>
    <message>
        <source>&gt; 100 %</source>
        <translation>&gt; 100 %</translation>
    </message>
    <message>
        <source>Rack load ÷ limit (plan):</source>
        <translation>机柜负载 ÷ 上限（方案）：</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::WhatIfDock</name>
    <message>
        <source>What If</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Back to the plan&apos;s colours (Escape)</source>
        <translation>恢复方案的着色（Esc）</translation>
    </message>
    <message>
        <source>Not current: the project changed since this plan; the next plan clears it.</source>
        <translation>非最新：此方案之后项目已更改；下一个方案会清除此状态。</translation>
    </message>
    <message>
        <source>Right-click a power node or cooling unit and choose “What If This Fails?” (or Plan → What If This Fails?) to see on the floor plan which racks go dark, lose cooling, are capped or shed.</source>
        <translation>右键单击电源节点或冷却单元，选择“假如此处故障？”（或 方案 → 假如此处故障？），即可在平面图上看到哪些机柜断电、失去冷却、限功率或切除负载。</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::WhatIfPresenter</name>
    <message>
        <source>&amp;What If This Fails?</source>
        <translation>假如此处故障？(&amp;W)</translation>
    </message>
    <message>
        <source>What If One &amp;Module Fails?</source>
        <translation>假如一个模块故障？(&amp;M)</translation>
    </message>
    <message>
        <source>Clear What If</source>
        <translation>清除假设分析</translation>
    </message>
    <message>
        <source>the project changed since the plan</source>
        <translation>方案之后项目已更改</translation>
    </message>
    <message>
        <source>There is no plan yet</source>
        <translation>尚无方案</translation>
    </message>
    <message>
        <source>The plan is not current: wait for the solve (F5)</source>
        <translation>方案不是最新的：请等待求解完成（F5）</translation>
    </message>
    <message>
        <source>Select a power node or cooling unit first</source>
        <translation>请先选择一个电源节点或冷却单元</translation>
    </message>
    <message>
        <source>%1 is not in the planned site</source>
        <translation>%1 不在规划的站点中</translation>
    </message>
    <message>
        <source>Show what %1 failing takes down</source>
        <translation>显示 %1 故障时受影响的范围</translation>
    </message>
    <message>
        <source>%1 has a single module: use What If This Fails?</source>
        <translation>%1 只有一个模块：请使用“假如此处故障？”</translation>
    </message>
    <message>
        <source>Show what one of the %1 modules (or sides) of %2 failing takes down</source>
        <translation>显示 %2 的 %1 个模块（或一侧）之一故障时受影响的范围</translation>
    </message>
    <message>
        <source>the plan changed</source>
        <translation>方案已更改</translation>
    </message>
    <message>
        <source>there is no plan yet</source>
        <translation>尚无方案</translation>
    </message>
    <message>
        <source>What if %1:</source>
        <translation>假如 %1：</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::charts</name>
    <message>
        <source>%1: unknown chart format &quot;%2&quot;; use .png, .svg or .pdf</source>
        <translation>%1：未知的图表格式“%2”；请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Cannot export chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>Axes: %1</source>
        <translation>坐标轴：%1</translation>
    </message>
    <message>
        <source>PUE (assumed, right axis)</source>
        <translation>PUE（假定，右轴）</translation>
    </message>
    <message>
        <source>PUE (right axis)</source>
        <translation>PUE（右轴）</translation>
    </message>
    <message>
        <source>Generation comparison</source>
        <translation>代际对比</translation>
    </message>
    <message>
        <source>Generation comparison on %1 (%2)</source>
        <translation>%1 上的代际对比（%2）</translation>
    </message>
    <message>
        <source>PFLOPS per IT MW (%1, top)</source>
        <translation>每 IT MW 的 PFLOPS（%1，上方）</translation>
    </message>
    <message>
        <source>per facility MW (PUE %1 assumed)</source>
        <translation>每设施 MW（假定 PUE %1）</translation>
    </message>
    <message>
        <source>per facility MW</source>
        <translation>每设施 MW</translation>
    </message>
    <message>
        <source>Cost per PFLOP-year (%1, bottom)</source>
        <translation>每 PFLOP·年成本（%1，下方）</translation>
    </message>
    <message>
        <source>none energized</source>
        <translation>无通电</translation>
    </message>
    <message>
        <source>GPU generation (best PFLOPS per facility MW first)</source>
        <translation>GPU 代际（每设施 MW 的 PFLOPS 最高者在前）</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代际</translation>
    </message>
    <message>
        <source>PFLOPS per MW</source>
        <translation>每 MW 的 PFLOPS</translation>
    </message>
    <message>
        <source>PFLOPS/MW</source>
        <translation>PFLOPS/MW</translation>
    </message>
    <message>
        <source>%1 per PFLOP-year</source>
        <translation>每 PFLOP·年 %1</translation>
    </message>
    <message>
        <source>%1/PFLOP-yr</source>
        <translation>%1/PFLOP·年</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Energized GPUs per period, by scenario</source>
        <translation>各情景每周期的通电 GPU</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Energized GPUs</source>
        <translation>通电 GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Energized and idle GPUs per generation</source>
        <translation>各代际的通电与闲置 GPU</translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation>闲置 GPU</translation>
    </message>
    <message>
        <source>GPU generation</source>
        <translation>GPU 代际</translation>
    </message>
    <message>
        <source>Timeline: power, idle GPUs and idle depreciation per %1</source>
        <translation>时间线：每%1的功率、闲置 GPU 与闲置折旧</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Facility power available (MW)</source>
        <translation>可用设施功率（MW）</translation>
    </message>
    <message>
        <source>Facility power used (MW)</source>
        <translation>已用设施功率（MW）</translation>
    </message>
    <message>
        <source>IT power used (MW)</source>
        <translation>已用 IT 功率（MW）</translation>
    </message>
    <message>
        <source>Idle GPUs (left axis)</source>
        <translation>闲置 GPU（左轴）</translation>
    </message>
    <message>
        <source>Cumulative idle depreciation (right axis, %1)</source>
        <translation>累计闲置折旧（右轴，%1）</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>功率（MW）</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Cumulative idle depreciation (%1)</source>
        <translation>累计闲置折旧（%1）</translation>
    </message>
    <message>
        <source>Idle depreciation (%1)</source>
        <translation>闲置折旧（%1）</translation>
    </message>
    <message>
        <source>%1 per period: P10–P90 band and P50</source>
        <translation>每周期的%1：P10–P90 区间与 P50</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Binding limit</source>
        <translation>约束瓶颈</translation>
    </message>
    <message>
        <source>100 % of usable</source>
        <translation>可用容量的 100 %</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Utilisation of usable capacity (%)</source>
        <translation>可用容量利用率（%）</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>利用率（%）</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::contingencytext</name>
    <message>
        <source>shed %1 × %2</source>
        <translation>切除 %1 × %2</translation>
    </message>
    <message>
        <source>cap %1 × %2 from %3 to %4</source>
        <translation>将 %3 的 %1 × %2 限功率至 %4</translation>
    </message>
    <message>
        <source>Rack %1: %2 (%3)</source>
        <translation>机柜 %1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 fails to start</source>
        <translation>%1 无法启动</translation>
    </message>
    <message>
        <source>%1 fails</source>
        <translation>%1 故障</translation>
    </message>
    <message>
        <source>%L1 GPUs · %2 PFLOPS · %3 idle depreciation per month lost</source>
        <translation>%L1 个 GPU · %2 PFLOPS · 每月损失闲置折旧 %3</translation>
    </message>
    <message>
        <source>%1 racks dark, %2 without cooling, %3 capped, %4 shedding</source>
        <translation>%1 个机柜断电，%2 个失去冷却，%3 个限功率，%4 个切除负载</translation>
    </message>
    <message>
        <source>… and %1 more steps</source>
        <translation>… 另有 %1 个步骤</translation>
    </message>
    <message>
        <source>What if %1?</source>
        <translation>假如 %1？</translation>
    </message>
    <message>
        <source>Nothing is lost: every rack keeps its power and cooling, and no node or cooling unit goes over its capacity.</source>
        <translation>无任何损失：每个机柜都保持供电和冷却，没有节点或冷却单元超出容量。</translation>
    </message>
    <message>
        <source>  %1: %L2 GPUs, %3 PFLOPS</source>
        <translation>  %1：%L2 个 GPU，%3 PFLOPS</translation>
    </message>
    <message>
        <source>Runbook (cap first, then shed; lowest PFLOPS per kW first):</source>
        <translation>处置预案（先限功率，再切除负载；每 kW PFLOPS 最低者优先）：</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::format</name>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 kVA</source>
        <translation>%1 kVA</translation>
    </message>
    <message>
        <source>Utility feed</source>
        <translation>市电进线</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>变电站</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>发电机</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>配电柜</translation>
    </message>
    <message>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>Busway</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>straight-line, %1</source>
        <translation>直线法，%1</translation>
    </message>
    <message>
        <source>declining-balance %1 %, %2</source>
        <translation>余额递减 %1 %，%2</translation>
    </message>
    <message>
        <source>custom schedule, %1</source>
        <translation>自定义计划，%1</translation>
    </message>
    <message>
        <source>, salvage %1 %</source>
        <translation>，残值 %1 %</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::language</name>
    <message>
        <source>System Language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::placement</name>
    <message>
        <source>%1 already stands there; a rack takes %2 × %3 m</source>
        <translation>该处已有 %1；一个机柜占 %2 × %3 米</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>机柜 %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>机柜行 %1</translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation>机房 %1</translation>
    </message>
    <message>
        <source>Utility feed</source>
        <translation>市电进线</translation>
    </message>
    <message>
        <source>PDU %1</source>
        <translation>PDU %1</translation>
    </message>
    <message>
        <source>CRAH %1</source>
        <translation>CRAH %1</translation>
    </message>
    <message>
        <source>%1 lot</source>
        <translation>%1 批次</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::rackcolouring</name>
    <message>
        <source>Cooling type</source>
        <translation>冷却方式</translation>
    </message>
    <message>
        <source>Power utilisation</source>
        <translation>电力利用率</translation>
    </message>
    <message>
        <source>Cooling headroom</source>
        <translation>冷却余量</translation>
    </message>
    <message>
        <source>Generation placed</source>
        <translation>放置的代际</translation>
    </message>
    <message>
        <source>Inlet temperature</source>
        <translation>进风温度</translation>
    </message>
    <message>
        <source>Needs a plan: solve first (F5).</source>
        <translation>需要方案：请先求解（F5）。</translation>
    </message>
    <message>
        <source>The site has no thermal model (Site → thermal in the project file, docs/file-format.md), so the plan has no inlet temperatures to colour by.</source>
        <translation>站点没有热模型（项目文件中的 Site → thermal，见 docs/file-format.md），因此方案中没有可用于着色的进风温度。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation>（已固定）</translation>
    </message>
    <message>
        <source>≥ 3 °C below the limit</source>
        <translation>低于上限 ≥ 3 °C</translation>
    </message>
    <message>
        <source>1–3 °C below</source>
        <translation>低于 1–3 °C</translation>
    </message>
    <message>
        <source>0.05–1 °C below</source>
        <translation>低于 0.05–1 °C</translation>
    </message>
    <message>
        <source>at the limit</source>
        <translation>达到上限</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>≤ 50 %</source>
        <translation>≤ 50 %</translation>
    </message>
    <message>
        <source>50–80 %</source>
        <translation>50–80 %</translation>
    </message>
    <message>
        <source>80–95 %</source>
        <translation>80–95 %</translation>
    </message>
    <message>
        <source>95–100 %</source>
        <translation>95–100 %</translation>
    </message>
    <message>
        <source>&gt; 100 % (over)</source>
        <translation>&gt; 100 %（超限）</translation>
    </message>
    <message>
        <source>&lt; 0 % (over)</source>
        <translation>&lt; 0 %（超限）</translation>
    </message>
    <message>
        <source>0–10 %</source>
        <translation>0–10 %</translation>
    </message>
    <message>
        <source>10–25 %</source>
        <translation>10–25 %</translation>
    </message>
    <message>
        <source>25–50 %</source>
        <translation>25–50 %</translation>
    </message>
    <message>
        <source>&gt; 50 %</source>
        <translation>&gt; 50 %</translation>
    </message>
    <message>
        <source>no live cooling unit</source>
        <translation>没有在运的冷却单元</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>— Plan at %1 —</source>
        <translation>— %1 的方案 —</translation>
    </message>
    <message>
        <source>Load %1 of %2 (%3) · %4 U of %5 U</source>
        <translation>负载 %1 / %2（%3）· %4 U / %5 U</translation>
    </message>
    <message>
        <source>%L1 systems, %L2 GPUs (%3): %4</source>
        <translation>%L1 台系统，%L2 个 GPU（%3）：%4</translation>
    </message>
    <message>
        <source>No systems placed</source>
        <translation>未放置系统</translation>
    </message>
    <message>
        <source>Inlet %1 °C (limit %2 °C)</source>
        <translation>进风 %1 °C（上限 %2 °C）</translation>
    </message>
    <message>
        <source>Cooling headroom: no live cooling unit serves this rack</source>
        <translation>冷却余量：没有在运的冷却单元服务此机柜</translation>
    </message>
    <message>
        <source>Cooling headroom %1 (tightest unit: %2)</source>
        <translation>冷却余量 %1（最紧张的单元：%2）</translation>
    </message>
    <message>
        <source>OVER the rack power limit</source>
        <translation>超出机柜功率上限</translation>
    </message>
    <message>
        <source>OVER: a cooling unit serving this rack is above its usable capacity</source>
        <translation>超限：服务此机柜的某个冷却单元超出其可用容量</translation>
    </message>
    <message>
        <source>dark (no power)</source>
        <translation>断电（无电力）</translation>
    </message>
    <message>
        <source>loses cooling</source>
        <translation>失去冷却</translation>
    </message>
    <message>
        <source>sheds systems</source>
        <translation>切除系统</translation>
    </message>
    <message>
        <source>capped</source>
        <translation>限功率</translation>
    </message>
    <message>
        <source>nothing lost</source>
        <translation>无损失</translation>
    </message>
    <message>
        <source>— What if: %1 —
This rack: %2</source>
        <translation>— 假如：%1 —
此机柜：%2</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>The project has no tenants (add them in the Fleet dock&apos;s Tenants tab), so there is nothing to colour by.</source>
        <translation>项目没有租户（请在设备面板的“租户”页添加），无法按此着色。</translation>
    </message>
    <message>
        <source>%1: reserved, empty</source>
        <translation>%1：已预留，空置</translation>
    </message>
    <message>
        <source>operator&apos;s own</source>
        <translation>运营方自有</translation>
    </message>
    <message>
        <source>Reserved for %1</source>
        <translation>预留给 %1</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::report</name>
    <message>
        <source>%1 samples of %2 %3s, seed %4 (the same seed gives the same figures). Each sample draws every uncertain date below and plans the timeline with those dates; the figures are the 10th, 50th and 90th percentiles over the samples.</source>
        <translation>%1 个样本，每个 %2 个%3，随机种子 %4（相同种子得出相同数字）。每个样本抽取下方所有不确定日期，并以这些日期规划时间线；数字为各样本的第 10、50 和 90 百分位数。</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Uncertain dates: %1.</source>
        <translation>不确定日期：%1。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 samples had a period solve stopped at its time limit: their figures may differ from run to run.</source>
        <translation>%1 个样本中有周期求解因时间限制而停止：其数字在各次运行之间可能不同。</translation>
    </message>
    <message>
        <source>Risk: delays with odds</source>
        <translation>风险：带概率的延期</translation>
    </message>
    <message>
        <source>No risk result: %1</source>
        <translation>无风险结果：%1</translation>
    </message>
    <message>
        <source>energized GPUs</source>
        <translation>通电 GPU</translation>
    </message>
    <message>
        <source>idle GPUs</source>
        <translation>闲置 GPU</translation>
    </message>
    <message>
        <source>idle dep. (%1)</source>
        <translation>闲置折旧（%1）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Procurement: what to buy when</source>
        <translation>采购：何时买什么</translation>
    </message>
    <message>
        <source>No procurement plan: %1</source>
        <translation>无采购计划：%1</translation>
    </message>
    <message>
        <source>The plan delivers %1 PFLOPS-years (discounted over the horizon), %2 within %3 % of the best possible, for %4 USD of orders. Idle depreciation %5 USD, %6 USD less than buying the most efficient model now.</source>
        <translation>该方案提供 %1 PFLOPS·年（按规划期折现），%2 与最优可能值相差不超过 %3 %，订单金额 %4 美元。闲置折旧 %5 美元，比现在购买能效最高的型号少 %6 美元。</translation>
    </message>
    <message>
        <source>proven</source>
        <translation>已证明</translation>
    </message>
    <message>
        <source>NOT proven</source>
        <translation>未证明</translation>
    </message>
    <message>
        <source>The plan orders nothing.</source>
        <translation>该方案不订购任何设备。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购日期</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>成本（美元）</translation>
    </message>
    <message>
        <source>IT power per period: used against available</source>
        <translation>每周期 IT 功率：已用与可用</translation>
    </message>
    <message>
        <source>Used: energized IT load (kW)</source>
        <translation>已用：通电的 IT 负载（kW）</translation>
    </message>
    <message>
        <source>Available: usable capacity of the live utility feeds (kW)</source>
        <translation>可用：在运市电进线的可用容量（kW）</translation>
    </message>
    <message>
        <source>Facility: IT, cooling draw, house load and losses at the meter (kW)</source>
        <translation>设施：电表处的 IT、冷却用电、附属负载和损耗（kW）</translation>
    </message>
    <message>
        <source>Period (planned at its start)</source>
        <translation>周期（在其开始时规划）</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Idle GPUs and cumulative idle depreciation</source>
        <translation>闲置 GPU 与累计闲置折旧</translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation>闲置 GPU</translation>
    </message>
    <message>
        <source>Cumulative idle depreciation (M %1)</source>
        <translation>累计闲置折旧（百万 %1）</translation>
    </message>
    <message>
        <source>M %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>Facility power per source: what the plan draws against what it may draw</source>
        <translation>各电源的设施功率：方案用电与允许用电</translation>
    </message>
    <message>
        <source>IT (kW)</source>
        <translation>IT（kW）</translation>
    </message>
    <message>
        <source>Cooling draw (kW)</source>
        <translation>冷却用电（kW）</translation>
    </message>
    <message>
        <source>Losses (kW)</source>
        <translation>损耗（kW）</translation>
    </message>
    <message>
        <source>House load (kW)</source>
        <translation>附属负载（kW）</translation>
    </message>
    <message>
        <source>Usable capacity (kW)</source>
        <translation>可用容量（kW）</translation>
    </message>
    <message>
        <source>Source (utility feed or generator)</source>
        <translation>电源（市电进线或发电机）</translation>
    </message>
    <message>
        <source>Generation comparison: compute per MW and cost of compute</source>
        <translation>代际对比：每 MW 算力与算力成本</translation>
    </message>
    <message>
        <source>PFLOPS per MW</source>
        <translation>每 MW 的 PFLOPS</translation>
    </message>
    <message>
        <source>Cost per PFLOP-year (thousand %1)</source>
        <translation>每 PFLOP·年成本（千 %1）</translation>
    </message>
    <message>
        <source>Generation (best PFLOPS per MW first)</source>
        <translation>代际（每 MW 的 PFLOPS 最高者在前）</translation>
    </message>
    <message>
        <source>PFLOPS per MW (%1)</source>
        <translation>每 MW 的 PFLOPS（%1）</translation>
    </message>
    <message>
        <source>thousand %1 per PFLOP-year</source>
        <translation>每 PFLOP·年千 %1</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::report::PageWriter</name>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>warmshell::ui::scenariofields</name>
    <message>
        <source>the site has no plan start, from which change-rating would apply; nothing was changed</source>
        <translation>站点没有规划起始日期，change-rating 无从生效；未做任何更改</translation>
    </message>
    <message>
        <source>change-rating from %1 (capacity changes the base dates after it are replaced)</source>
        <translation>自 %1 起 change-rating（基准中此后日期的容量变更将被替换）</translation>
    </message>
    <message>
        <source>%1 moves a date by whole months: %2 is not a whole number of months from %3 (nearest: %4 or %5); nothing was changed</source>
        <translation>%1 只能按整月移动日期：%2 与 %3 相差的不是整月（最接近：%4 或 %5）；未做任何更改</translation>
    </message>
    <message>
        <source>%1 moves a date by at most %2 months, this is %3; nothing was changed</source>
        <translation>%1 最多移动日期 %2 个月，此处为 %3；未做任何更改</translation>
    </message>
    <message>
        <source>%1 has no commissioning date in the base site, and delay-commissioning only moves a date; set one on the base site first; nothing was changed</source>
        <translation>%1 在基准站点中没有投运日期，而 delay-commissioning 只能移动日期；请先在基准站点上设置一个；未做任何更改</translation>
    </message>
    <message>
        <source>a scenario cannot remove a commissioning date (delay-commissioning only moves it); nothing was changed</source>
        <translation>情景不能删除投运日期（delay-commissioning 只能移动它）；未做任何更改</translation>
    </message>
    <message>
        <source>delay-commissioning in whole months (the node&apos;s dated capacity changes move with it)</source>
        <translation>delay-commissioning，按整月（节点带日期的容量变更随之移动）</translation>
    </message>
    <message>
        <source>delay-commissioning in whole months</source>
        <translation>delay-commissioning，按整月</translation>
    </message>
    <message>
        <source>delay-delivery in whole months (a retire date moves with it)</source>
        <translation>delay-delivery，按整月（退役日期随之移动）</translation>
    </message>
    <message>
        <source>a scenario cannot clear a retire date (retire-lot sets one); nothing was changed</source>
        <translation>情景不能清除退役日期（retire-lot 只能设置）；未做任何更改</translation>
    </message>
    <message>
        <source>retire-lot</source>
        <translation>retire-lot</translation>
    </message>
    <message>
        <source>depreciation-life leaves a custom schedule as it is; nothing was changed</source>
        <translation>depreciation-life 不会改变自定义折旧计划；未做任何更改</translation>
    </message>
    <message>
        <source>depreciation-life</source>
        <translation>depreciation-life</translation>
    </message>
    <message>
        <source>a scenario cannot change %1 %2; edit the base site</source>
        <translation>情景不能更改%1的%2；请编辑基准站点</translation>
    </message>
    <message>
        <source>capacity per module %1; nothing was changed</source>
        <translation>每模块容量 %1；未做任何更改</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>change-cooling-capacity (per module, throughout the horizon)</source>
        <translation>change-cooling-capacity（每模块，整个规划期）</translation>
    </message>
    <message>
        <source>tenant reservation</source>
        <translation>租户预留</translation>
    </message>
</context>
</TS>
