<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MemberText</name>
    <message>
        <source>a member not yet known at this till</source>
        <translation>本收银台尚不认识的会员</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>会员卡 %1</translation>
    </message>
    <message>
        <source>%1 (card %2)</source>
        <translation>%1（会员卡 %2）</translation>
    </message>
    <message>
        <source>a member not known at this till</source>
        <translation>本收银台不认识的会员</translation>
    </message>
</context>
<context>
    <name>omnitill::Core</name>
    <message>
        <source>%1 is not an OmniTill store yet; create it with &quot;omnitillctl demo&quot;</source>
        <translation>%1 还不是 OmniTill 门店；请用“omnitillctl demo”创建</translation>
    </message>
    <message>
        <source>%1 is already an OmniTill store</source>
        <translation>%1 已经是 OmniTill 门店</translation>
    </message>
    <message>
        <source>Bad check digit in %1</source>
        <translation>%1 的校验位错误</translation>
    </message>
    <message>
        <source>Malformed GS1 data for AI (%1): %2</source>
        <translation>AI (%1) 的 GS1 数据格式错误：%2</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>日期无效</translation>
    </message>
    <message>
        <source>Nothing was scanned</source>
        <translation>未扫描到内容</translation>
    </message>
    <message>
        <source>A %1-digit code is not a retail barcode</source>
        <translation>%1 位的代码不是零售条码</translation>
    </message>
    <message>
        <source>The price check digit of %1 is wrong</source>
        <translation>%1 的价格校验位错误</translation>
    </message>
    <message>
        <source>The price on the label is not in %1</source>
        <translation>标签上的价格不是以 %1 计价</translation>
    </message>
    <message>
        <source>no GTIN</source>
        <translation>没有 GTIN</translation>
    </message>
    <message>
        <source>Batch %1 expired on %2</source>
        <translation>批号 %1 已于 %2 过期</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（无批号）</translation>
    </message>
    <message>
        <source>Malformed GS1 Digital Link</source>
        <translation>GS1 数字链接格式错误</translation>
    </message>
    <message>
        <source>The GS1 Digital Link has no GTIN (01)</source>
        <translation>GS1 数字链接中没有 GTIN (01)</translation>
    </message>
    <message>
        <source>The GS1 Digital Link path ends without a value</source>
        <translation>GS1 数字链接路径缺少值</translation>
    </message>
    <message>
        <source>expected &quot;(&quot; at position %1</source>
        <translation>第 %1 个位置应为“(”</translation>
    </message>
    <message>
        <source>unclosed bracket</source>
        <translation>括号未闭合</translation>
    </message>
    <message>
        <source>Unsupported GS1 application identifier (%1)</source>
        <translation>不支持的 GS1 应用标识符 (%1)</translation>
    </message>
    <message>
        <source>length %1 is not allowed</source>
        <translation>长度 %1 不允许</translation>
    </message>
    <message>
        <source>digits expected</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>character not allowed</source>
        <translation>不允许的字符</translation>
    </message>
    <message>
        <source>Bad check digit in GTIN %1</source>
        <translation>GTIN %1 的校验位错误</translation>
    </message>
    <message>
        <source>Unsupported GS1 application identifier at &quot;%1&quot;</source>
        <translation>“%1”处的 GS1 应用标识符不受支持</translation>
    </message>
    <message>
        <source>value is too short</source>
        <translation>值过短</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>没有数据</translation>
    </message>
    <message>
        <source>Invalid in-store barcode rule &quot;%1&quot;</source>
        <translation>店内条码规则“%1”无效</translation>
    </message>
    <message>
        <source>Unknown tax rate %1</source>
        <translation>未知税率 %1</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <source>Unknown printer model &quot;%1&quot;</source>
        <translation>未知打印机型号“%1”</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>缺少第 %1 条记录</translation>
    </message>
    <message>
        <source>entry %1 is not in the journal format</source>
        <translation>第 %1 条记录不符合日志格式</translation>
    </message>
    <message>
        <source>entry %1: its columns differ from its signed content</source>
        <translation>第 %1 条记录：字段与已签名内容不一致</translation>
    </message>
    <message>
        <source>entry %1 does not link to the previous entry</source>
        <translation>第 %1 条记录未链接到上一条</translation>
    </message>
    <message>
        <source>entry %1: the payload was changed</source>
        <translation>第 %1 条记录：内容已被修改</translation>
    </message>
    <message>
        <source>entry %1: the stored hash is wrong</source>
        <translation>第 %1 条记录：存储的哈希值错误</translation>
    </message>
    <message>
        <source>entry %1: the signature does not verify</source>
        <translation>第 %1 条记录：签名验证失败</translation>
    </message>
    <message>
        <source>not an OmniTill receipt code</source>
        <translation>不是 OmniTill 小票码</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>签名验证失败</translation>
    </message>
    <message>
        <source>Unknown currency code &quot;%1&quot;</source>
        <translation>未知货币代码“%1”</translation>
    </message>
    <message>
        <source>The amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2</source>
        <translation>不能合并 %1 和 %2 的金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>%1 kg x %2/kg</source>
        <translation>%1 千克 x %2/千克</translation>
    </message>
    <message>
        <source>TRAINING - NOT A RECEIPT</source>
        <translation>培训模式 - 非正式小票</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>收银员：%1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣合计</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Prices include tax:</source>
        <translation>价格已含税：</translation>
    </message>
    <message>
        <source>Tax added:</source>
        <translation>另加税：</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>谢谢惠顾！</translation>
    </message>
    <message>
        <source>Check code:</source>
        <translation>校验码：</translation>
    </message>
    <message>
        <source>No receipt %1</source>
        <translation>没有小票 %1</translation>
    </message>
    <message>
        <source>There is no such line in the sale</source>
        <translation>该销售中没有这一行</translation>
    </message>
    <message>
        <source>The quantity must be more than zero</source>
        <translation>数量必须大于零</translation>
    </message>
    <message>
        <source>The quantity of an item with a price label cannot be changed</source>
        <translation>带价格标签的商品不能修改数量</translation>
    </message>
    <message>
        <source>The quantity is too large</source>
        <translation>数量过大</translation>
    </message>
    <message>
        <source>The discount is out of range</source>
        <translation>折扣超出范围</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <source>A payment QR field is too long</source>
        <translation>支付二维码字段过长</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>Open a shift before selling</source>
        <translation>销售前请先开班</translation>
    </message>
    <message>
        <source>%1 is no longer sold</source>
        <translation>%1 已停售</translation>
    </message>
    <message>
        <source>Unknown product: %1</source>
        <translation>未知商品：%1</translation>
    </message>
    <message>
        <source>%1 is sold by weight: weigh it or scan its label</source>
        <translation>%1 按重量销售：请称重或扫描其标签</translation>
    </message>
    <message>
        <source>There is nothing to park</source>
        <translation>没有可挂起的内容</translation>
    </message>
    <message>
        <source>That parked sale no longer exists</source>
        <translation>该挂起的销售已不存在</translation>
    </message>
    <message>
        <source>The parked sale is unreadable</source>
        <translation>挂起的销售无法读取</translation>
    </message>
    <message>
        <source>Nobody is logged in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>The sale has no items</source>
        <translation>该销售没有商品</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s age first</source>
        <translation>请先确认顾客年龄</translation>
    </message>
    <message>
        <source>The payment does not match the total</source>
        <translation>付款与合计金额不符</translation>
    </message>
    <message>
        <source>The sale is not fully paid</source>
        <translation>该销售尚未付清</translation>
    </message>
    <message>
        <source>Unknown payment type &quot;%1&quot;</source>
        <translation>未知付款方式“%1”</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>银行卡 %1</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>二维码支付</translation>
    </message>
    <message>
        <source>The sale is already paid</source>
        <translation>该销售已付清</translation>
    </message>
    <message>
        <source>A card payment cannot exceed the amount due</source>
        <translation>刷卡金额不能超过应付金额</translation>
    </message>
    <message>
        <source>Enter only the last four digits of the card, never the full number</source>
        <translation>只输入卡号后四位，切勿输入完整卡号</translation>
    </message>
    <message>
        <source>The approval code has 2 to 12 letters or digits</source>
        <translation>授权码为 2 到 12 位字母或数字</translation>
    </message>
    <message>
        <source>A card number must never be entered</source>
        <translation>切勿输入银行卡号</translation>
    </message>
    <message>
        <source>A QR payment cannot exceed the amount due</source>
        <translation>二维码支付不能超过应付金额</translation>
    </message>
    <message>
        <source>The QR payment needs its reference</source>
        <translation>二维码支付需要交易参考号</translation>
    </message>
    <message>
        <source>Z REPORT - SHIFT CLOSED</source>
        <translation>Z 报表 - 已结班</translation>
    </message>
    <message>
        <source>X REPORT - SHIFT RUNNING</source>
        <translation>X 报表 - 班次进行中</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售笔数</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>销售总额</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>已给折扣</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>作废次数</translation>
    </message>
    <message>
        <source>Training sales (not counted)</source>
        <translation>培训销售（不计入）</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>期初备用金</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>没有打开的班次</translation>
    </message>
    <message>
        <source>The float cannot be negative</source>
        <translation>备用金不能为负数</translation>
    </message>
    <message>
        <source>A shift is already open</source>
        <translation>已有班次处于打开状态</translation>
    </message>
    <message>
        <source>Give a reason</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <source>The drawer does not hold that much cash</source>
        <translation>钱箱中没有这么多现金</translation>
    </message>
    <message>
        <source>Invalid count of notes or coins</source>
        <translation>纸币或硬币数量无效</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;</source>
        <translation>未知角色“%1”</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Void after subtotal</source>
        <translation>小计后作废</translation>
    </message>
    <message>
        <source>Price override</source>
        <translation>改价</translation>
    </message>
    <message>
        <source>Discount over the cashier&apos;s limit</source>
        <translation>超出收银员权限的折扣</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Open drawer (no sale)</source>
        <translation>打开钱箱（无销售）</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>现金存入或取出</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>结班</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <source>Too many wrong PINs; try again after %1</source>
        <translation>PIN 码错误次数过多；请在 %1 之后重试</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits</source>
        <translation>PIN 码为 4 到 8 位数字</translation>
    </message>
    <message>
        <source>This PIN is already used by someone else</source>
        <translation>该 PIN 码已被他人使用</translation>
    </message>
    <message>
        <source>%1 needs a supervisor&apos;s or manager&apos;s approval</source>
        <translation>%1 需要主管或经理批准</translation>
    </message>
    <message>
        <source>%1 may not approve: %2</source>
        <translation>%1 无权批准：%2</translation>
    </message>
    <message>
        <source>Cannot open the store database %1: %2</source>
        <translation>无法打开门店数据库 %1：%2</translation>
    </message>
    <message>
        <source>The store database %1 was written by a newer OmniTill (schema %2; this version knows up to %3). Install the newer version; the database was left untouched.</source>
        <translation>门店数据库 %1 由更新版本的 OmniTill 写入（架构 %2；本版本最高支持 %3）。请安装新版本；数据库未被改动。</translation>
    </message>
    <message>
        <source>The disk is full; the operation was not recorded and nothing was lost</source>
        <translation>磁盘已满；本次操作未记录，已有数据未丢失</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Unknown tax mode &quot;%1&quot;</source>
        <translation>未知计税方式“%1”</translation>
    </message>
    <message>
        <source>Invalid tax computation</source>
        <translation>税额计算无效</translation>
    </message>
    <message>
        <source>Invalid tax rate</source>
        <translation>税率无效</translation>
    </message>
    <message>
        <source>This till is already enrolled with a hub</source>
        <translation>此收银台已在中心注册</translation>
    </message>
    <message>
        <source>The hub sent an unreadable answer</source>
        <translation>中心返回了无法读取的应答</translation>
    </message>
    <message>
        <source>This till is not enrolled with a hub</source>
        <translation>此收银台尚未在中心注册</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>The hub holds events only up to %1; the till has no events before %2 to send</source>
        <translation>中心只保存到第 %1 个事件；收银台没有第 %2 个之前的事件可发送</translation>
    </message>
    <message>
        <source>The hub sent %1 with an unknown tax rate</source>
        <translation>中心发送的 %1 带有未知税率</translation>
    </message>
    <message>
        <source>The till does not know the hub&apos;s feed %1</source>
        <translation>收银机不认识中心的数据源 %1</translation>
    </message>
    <message>
        <source>The hub sent a staff record the till cannot use</source>
        <translation>中心发送的员工记录收银机无法使用</translation>
    </message>
    <message>
        <source>Sync console</source>
        <translation>同步控制台</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <source>No camera matches &quot;%1&quot;</source>
        <translation>没有与“%1”匹配的摄像头</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value</source>
        <translation>“%1”不是 键=值 格式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device setting; known: %2</source>
        <translation>“%1”不是设备设置；可用的有：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device setting</source>
        <translation>“%1”不是设备设置</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Cannot open the printer</source>
        <translation>无法打开打印机</translation>
    </message>
    <message>
        <source>Cannot send to the printer</source>
        <translation>无法向打印机发送数据</translation>
    </message>
    <message>
        <source>The printer does not take data</source>
        <translation>打印机不接收数据</translation>
    </message>
    <message>
        <source>Cannot open the customer display on %1: %2</source>
        <translation>无法打开 %1 上的顾客显示屏：%2</translation>
    </message>
    <message>
        <source>Customer display on %1: %2</source>
        <translation>%1 上的顾客显示屏：%2</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>打印机测试页</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>The drawer was not opened: the printer was not available in time</source>
        <translation>钱箱未打开：打印机未能及时响应</translation>
    </message>
    <message>
        <source>Interrupted (%1); it prints again</source>
        <translation>已中断（%1）；将重新打印</translation>
    </message>
    <message>
        <source>Setting %1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>设置 %1 必须是 %2 到 %3 之间的数字，而不是“%4”</translation>
    </message>
    <message>
        <source>The drawer is on pin 2 or pin 5</source>
        <translation>钱箱接在 2 号或 5 号针脚</translation>
    </message>
    <message>
        <source>printer not connected</source>
        <translation>打印机未连接</translation>
    </message>
    <message>
        <source>printer not connected: %1</source>
        <translation>打印机未连接：%1</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>机盖打开</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <source>paper low</source>
        <translation>纸将用完</translation>
    </message>
    <message>
        <source>printer error</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <source>printer ready</source>
        <translation>打印机就绪</translation>
    </message>
    <message>
        <source>Printer address &quot;%1&quot; is not tcp://host:port, usb:///dev/usb/lp0 or serial:///dev/ttyS0</source>
        <translation>打印机地址“%1”不是 tcp://主机:端口、usb:///dev/usb/lp0 或 serial:///dev/ttyS0</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <source>The scale is not steady yet</source>
        <translation>秤尚未稳定</translation>
    </message>
    <message>
        <source>Too heavy for the scale</source>
        <translation>超出秤的量程</translation>
    </message>
    <message>
        <source>The scale is below zero: clear it and zero it</source>
        <translation>秤低于零：请清空后归零</translation>
    </message>
    <message>
        <source>The scale reports an error</source>
        <translation>秤报告错误</translation>
    </message>
    <message>
        <source>The scale does not answer</source>
        <translation>秤无响应</translation>
    </message>
    <message>
        <source>The scale sent something that is not a weight</source>
        <translation>秤发送的不是重量</translation>
    </message>
    <message>
        <source>Nothing is on the scale</source>
        <translation>秤上没有物品</translation>
    </message>
    <message>
        <source>Cannot open the scale on %1: %2</source>
        <translation>无法打开 %1 上的秤：%2</translation>
    </message>
    <message>
        <source>Cannot talk to the scale: %1</source>
        <translation>无法与秤通信：%1</translation>
    </message>
    <message>
        <source>Scanner on %1: %2</source>
        <translation>%1 上的扫描枪：%2</translation>
    </message>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation>无法打开 %1 上的扫描枪：%2</translation>
    </message>
    <message>
        <source>Cannot connect to the printer</source>
        <translation>无法连接打印机</translation>
    </message>
    <message>
        <source>The printer closed the connection</source>
        <translation>打印机关闭了连接</translation>
    </message>
    <message>
        <source>No receipt printer is set up</source>
        <translation>未设置小票打印机</translation>
    </message>
    <message>
        <source>No receipt %1 on this till</source>
        <translation>本收银台没有小票 %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Device settings</source>
        <translation>设备设置</translation>
    </message>
    <message>
        <source>Setting %1 must be a positive whole number, not &quot;%2&quot;</source>
        <translation>设置 %1 必须是正整数，而不是“%2”</translation>
    </message>
    <message>
        <source>The printer does not answer status requests (for a model that cannot, set printer.status to none)</source>
        <translation>打印机不响应状态查询（若该型号不支持，请将 printer.status 设为 none）</translation>
    </message>
    <message>
        <source>Unknown kind of promotion &quot;%1&quot;</source>
        <translation>未知的促销类型“%1”</translation>
    </message>
    <message>
        <source>Promotion %1 is not valid: %2</source>
        <translation>促销 %1 无效：%2</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>缺少编号</translation>
    </message>
    <message>
        <source>a percentage must be from 0 to 100 %</source>
        <translation>百分比必须在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>amounts cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>buy X get Y needs both quantities</source>
        <translation>“买 X 送 Y”需要两个数量</translation>
    </message>
    <message>
        <source>mix and match needs a quantity</source>
        <translation>任选组合需要数量</translation>
    </message>
    <message>
        <source>This member code is not genuine (or not from this retailer&apos;s hub)</source>
        <translation>该会员码无效（或不是本零售商中心签发的）</translation>
    </message>
    <message>
        <source>No member with card %1</source>
        <translation>没有卡号为 %1 的会员</translation>
    </message>
    <message>
        <source>Type at least seven digits of the phone number</source>
        <translation>请至少输入电话号码的七位数字</translation>
    </message>
    <message>
        <source>No member %1</source>
        <translation>没有会员 %1</translation>
    </message>
    <message>
        <source>The customer&apos;s consent is needed to enrol them</source>
        <translation>登记会员需要顾客同意</translation>
    </message>
    <message>
        <source>The loyalty setting %1 cannot be &quot;%2&quot;</source>
        <translation>会员积分设置 %1 不能为“%2”</translation>
    </message>
    <message>
        <source>The loyalty programme is switched off</source>
        <translation>积分计划已关闭</translation>
    </message>
    <message>
        <source>the member&apos;s balance</source>
        <translation>会员余额</translation>
    </message>
    <message>
        <source>the limit per sale</source>
        <translation>每笔交易限额</translation>
    </message>
    <message>
        <source>the daily limit</source>
        <translation>每日限额</translation>
    </message>
    <message>
        <source>the share of the sale points may pay</source>
        <translation>积分可支付的交易比例</translation>
    </message>
    <message>
        <source>At least %1 points can be redeemed; %2 allows %3</source>
        <translation>至少可兑换 %1 积分；%2 仅允许 %3</translation>
    </message>
    <message>
        <source>Identify the member first</source>
        <translation>请先识别会员</translation>
    </message>
    <message>
        <source>The number of points cannot be negative</source>
        <translation>积分数不能为负</translation>
    </message>
    <message>
        <source>At most %1 points can be redeemed now (%2)</source>
        <translation>现在最多可兑换 %1 积分（%2）</translation>
    </message>
    <message>
        <source>Points cannot be redeemed in training mode</source>
        <translation>培训模式下不能兑换积分</translation>
    </message>
    <message>
        <source>Points are already taken off the price</source>
        <translation>积分已从价格中扣除</translation>
    </message>
    <message>
        <source>The points&apos; value does not match the programme</source>
        <translation>积分价值与积分计划不符</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>积分（%1）</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>已兑换积分</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points cannot pay more than the amount due</source>
        <translation>积分支付不能超过应付金额</translation>
    </message>
    <message>
        <source>This coupon is not genuine (or not from this retailer)</source>
        <translation>此优惠券不是真的（或不是本零售商发行的）</translation>
    </message>
    <message>
        <source>This coupon expired on %1</source>
        <translation>此优惠券已于 %1 过期</translation>
    </message>
    <message>
        <source>This is a personal coupon: identify the member first</source>
        <translation>这是个人优惠券：请先识别会员</translation>
    </message>
    <message>
        <source>This coupon belongs to another member</source>
        <translation>此优惠券属于其他会员</translation>
    </message>
    <message>
        <source>This coupon needs a purchase of at least %1</source>
        <translation>此优惠券需要购物满 %1</translation>
    </message>
    <message>
        <source>The till has not reached the hub lately; coupons worth more than %1 are accepted only online</source>
        <translation>收银台近期未连接中心；价值超过 %1 的优惠券仅在联网时接受</translation>
    </message>
    <message>
        <source>Only one coupon per sale</source>
        <translation>每笔交易仅限一张优惠券</translation>
    </message>
    <message>
        <source>This coupon has already been used</source>
        <translation>此优惠券已被使用</translation>
    </message>
    <message>
        <source>Coupons cannot be used in training mode</source>
        <translation>培训模式下不能使用优惠券</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>优惠券 %1</translation>
    </message>
    <message>
        <source>This is not a gift card number</source>
        <translation>这不是礼品卡号</translation>
    </message>
    <message>
        <source>A gift card is loaded with %1 to %2</source>
        <translation>礼品卡充值金额为 %1 至 %2</translation>
    </message>
    <message>
        <source>This card is already in the sale</source>
        <translation>此卡已在本单中</translation>
    </message>
    <message>
        <source>Gift cards are not set up: the catalog has no product %1</source>
        <translation>礼品卡未设置：商品目录中没有商品 %1</translation>
    </message>
    <message>
        <source>This card is already active; top it up instead</source>
        <translation>此卡已激活；请改为充值</translation>
    </message>
    <message>
        <source>This card is not active (sell it first, or sync the till)</source>
        <translation>此卡未激活（请先出售，或同步收银台）</translation>
    </message>
    <message>
        <source>This card is not known to the till yet: sold elsewhere moments ago? Sync the till and try again</source>
        <translation>收银台尚不认识此卡：刚在别处售出？请同步收银台后重试</translation>
    </message>
    <message>
        <source>This card can pay at most %1 now</source>
        <translation>此卡现在最多可支付 %1</translation>
    </message>
    <message>
        <source>A card cannot pay for its own loading</source>
        <translation>卡不能支付自身的充值</translation>
    </message>
    <message>
        <source>Gift cards cannot be used in training mode</source>
        <translation>培训模式下不能使用礼品卡</translation>
    </message>
    <message>
        <source>A gift card keeps its amount: void the line instead</source>
        <translation>礼品卡金额不可更改：请作废该行</translation>
    </message>
    <message>
        <source>A gift card is sold with its number and amount (Gift card action)</source>
        <translation>礼品卡需按卡号和金额出售（使用“礼品卡”操作）</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>礼品卡 %1</translation>
    </message>
    <message>
        <source>A gift card cannot pay more than the amount due</source>
        <translation>礼品卡支付不能超过应付金额</translation>
    </message>
    <message>
        <source>%1 is KIND:VALUE:MIN_SPEND:DAYS, e.g. percent:1000:2000:30 (10 % off a spend of 20.00, for 30 days) or amount:500:0:14</source>
        <translation>%1 的格式为 类型:数值:最低消费:天数，例如 percent:1000:2000:30（消费满 20.00 享 10% 折扣，30 天内有效）或 amount:500:0:14</translation>
    </message>
    <message>
        <source>YOUR PERSONAL COUPON</source>
        <translation>您的专属优惠券</translation>
    </message>
    <message>
        <source>%1 % off your next purchase</source>
        <translation>下次购物享 %1% 折扣</translation>
    </message>
    <message>
        <source>%1 off your next purchase</source>
        <translation>下次购物立减 %1</translation>
    </message>
    <message>
        <source>On a purchase of at least %1</source>
        <translation>消费满 %1 可用</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Show this code at the till or enter it online</source>
        <translation>请在收银台出示此码或在线输入</translation>
    </message>
    <message>
        <source>The hub sent %1 with an unknown category</source>
        <translation>中心发送的 %1 属于未知类别</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>For receipt</source>
        <translation>原小票</translation>
    </message>
    <message>
        <source>Promotions on what you keep</source>
        <translation>保留商品的促销调整</translation>
    </message>
    <message>
        <source>Other adjustments</source>
        <translation>其他调整</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>扣回积分</translation>
    </message>
    <message>
        <source>The sale record is damaged and cannot be returned against</source>
        <translation>销售记录已损坏，无法据此退货</translation>
    </message>
    <message>
        <source>Unknown disposition &quot;%1&quot;</source>
        <translation>未知的处理方式“%1”</translation>
    </message>
    <message>
        <source>The sale has no line %1</source>
        <translation>该销售没有第 %1 行</translation>
    </message>
    <message>
        <source>A gift card load is not returned as goods: refund it from the card</source>
        <translation>礼品卡充值不能作为商品退货：请从卡上退款</translation>
    </message>
    <message>
        <source>Say once how many of line %1 come back</source>
        <translation>请为第 %1 行只填写一次退回数量</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be returned (%3 sold, %4 returned before)</source>
        <translation>%2 最多还能退 %1 件（售出 %3，已退 %4）</translation>
    </message>
    <message>
        <source>Choose what comes back</source>
        <translation>请选择退回的商品</translation>
    </message>
    <message>
        <source>Kept back on an earlier return</source>
        <translation>以前退货时扣留的金额</translation>
    </message>
    <message>
        <source>Every refund needs an amount</source>
        <translation>每笔退款都需要金额</translation>
    </message>
    <message>
        <source>Refunds go back to the card that paid: its last four digits do not match</source>
        <translation>退款只能退回原付款卡：卡号后四位不符</translation>
    </message>
    <message>
        <source>Enter the terminal&apos;s approval code for the refund</source>
        <translation>请输入终端的退款授权码</translation>
    </message>
    <message>
        <source>The card paid less than that</source>
        <translation>该卡支付的金额小于此数</translation>
    </message>
    <message>
        <source>Only points that paid can go back as points</source>
        <translation>只有用积分支付的部分才能退回积分</translation>
    </message>
    <message>
        <source>This is not a gift card or store credit number</source>
        <translation>这不是礼品卡或商店储值号码</translation>
    </message>
    <message>
        <source>Refunds go to the gift card that paid, or to store credit</source>
        <translation>退款退回原付款礼品卡，或转为商店储值</translation>
    </message>
    <message>
        <source>The refunds add up to %1, the return to %2</source>
        <translation>退款方式合计 %1，退货金额为 %2</translation>
    </message>
    <message>
        <source>In training mode only training sales are returned</source>
        <translation>培训模式下只能退培训销售</translation>
    </message>
    <message>
        <source>A training sale cannot be returned for real</source>
        <translation>培训销售不能做真实退货</translation>
    </message>
    <message>
        <source>This sale was in %1; this store refunds in %2</source>
        <translation>该销售币种为 %1，本店退款币种为 %2</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>商店储值 %1</translation>
    </message>
    <message>
        <source>Exchange credit</source>
        <translation>换货抵扣</translation>
    </message>
    <message>
        <source>The connection to the hub is not set up</source>
        <translation>尚未设置与中心的连接</translation>
    </message>
    <message>
        <source>This till is not connected to a hub</source>
        <translation>本收银台未连接中心</translation>
    </message>
    <message>
        <source>No till or store has reported sale %1 to the hub</source>
        <translation>没有任何收银台或门店向中心报告过销售 %1</translation>
    </message>
    <message>
        <source>The hub could not be asked: %1</source>
        <translation>无法查询中心：%1</translation>
    </message>
    <message>
        <source>Returned without a receipt</source>
        <translation>无小票退货</translation>
    </message>
    <message>
        <source>Exchange credit comes only with a sale, in one step</source>
        <translation>换货抵扣只能与销售一起一步完成</translation>
    </message>
    <message>
        <source>Say why the goods come back without a receipt</source>
        <translation>请说明无小票退货的原因</translation>
    </message>
    <message>
        <source>Without a receipt the money goes back as store credit or cash</source>
        <translation>无小票时退款转为商店储值或现金</translation>
    </message>
    <message>
        <source>Without a receipt the money goes back as store credit</source>
        <translation>无小票时退款转为商店储值</translation>
    </message>
    <message>
        <source>Scan each item that comes back</source>
        <translation>请扫描每件退回的商品</translation>
    </message>
    <message>
        <source>Returns without a receipt are limited to %1 a day at this till; %2 is left today</source>
        <translation>本收银台无小票退货每天限额 %1；今天还剩 %2</translation>
    </message>
    <message>
        <source>An exchange needs goods coming back with a value and goods going out</source>
        <translation>换货需要有价值的退回商品和新的商品</translation>
    </message>
    <message>
        <source>The return is worth %1 towards this sale</source>
        <translation>本次退货可抵扣本次销售 %1</translation>
    </message>
    <message>
        <source>Exchange credit comes only with a return, in one step</source>
        <translation>换货抵扣只能与退货一起一步完成</translation>
    </message>
    <message>
        <source>The exchange credit cannot exceed the amount due</source>
        <translation>换货抵扣不能超过应付金额</translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation>无小票退货</translation>
    </message>
    <message>
        <source>This store returns other stores&apos; sales only while the hub can be asked</source>
        <translation>本店只有在能连接中心时才办理其他门店销售的退货</translation>
    </message>
    <message>
        <source>This is not the QR code of another till&apos;s sale receipt</source>
        <translation>这不是其他收银台销售小票的二维码</translation>
    </message>
    <message>
        <source>Offline, another store&apos;s sale is refunded as store credit</source>
        <translation>离线时，其他门店的销售只能退为商店储值</translation>
    </message>
    <message>
        <source>The receipt came to %1 and %2 of it was already given back here</source>
        <translation>小票金额为 %1，其中 %2 已在本店退还</translation>
    </message>
    <message>
        <source>Unknown pickup status %1</source>
        <translation>未知的自提状态 %1</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>待拣货</translation>
    </message>
    <message>
        <source>Being picked</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已备好</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未取</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已取货</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Returned to stock</source>
        <translation>已退回库存</translation>
    </message>
    <message>
        <source>Order %1 has no line %2</source>
        <translation>订单 %1 没有第 %2 行</translation>
    </message>
    <message>
        <source>Online orders are real customers&apos; orders: leave training mode to work on them</source>
        <translation>线上订单是真实顾客的订单：请退出培训模式后再处理</translation>
    </message>
    <message>
        <source>This till has not received online order %1</source>
        <translation>本收银台未收到线上订单 %1</translation>
    </message>
    <message>
        <source>This till is not enrolled with the hub, so it cannot check pickup codes</source>
        <translation>本收银台未在中心注册，无法核验取货码</translation>
    </message>
    <message>
        <source>This pickup code is not genuine</source>
        <translation>此取货码无效（非正品）</translation>
    </message>
    <message>
        <source>This order is for pickup at another store (%1)</source>
        <translation>此订单应在其他门店（%1）取货</translation>
    </message>
    <message>
        <source>Order %1 has not reached this till yet; sync and try again</source>
        <translation>订单 %1 尚未同步到本收银台；请同步后重试</translation>
    </message>
    <message>
        <source>Type the last four digits of the customer&apos;s phone number</source>
        <translation>请输入顾客手机号的后四位</translation>
    </message>
    <message>
        <source>No order %1 with a phone number ending in %2</source>
        <translation>没有手机号以 %2 结尾的订单 %1</translation>
    </message>
    <message>
        <source>Order %1 was cancelled online: put its goods back on the shelves</source>
        <translation>订单 %1 已在线上取消：请将商品放回货架</translation>
    </message>
    <message>
        <source>Order %1 has already been collected</source>
        <translation>订单 %1 已被取走</translation>
    </message>
    <message>
        <source>Order %1 was returned to stock</source>
        <translation>订单 %1 已退回库存</translation>
    </message>
    <message>
        <source>Order %1 is ready; put a line back to change it</source>
        <translation>订单 %1 已备好；如需修改，请先撤回某一行</translation>
    </message>
    <message>
        <source>Order %1 is not picked yet</source>
        <translation>订单 %1 尚未拣货完成</translation>
    </message>
    <message>
        <source>%1 is not in order %2: put it back</source>
        <translation>%1 不在订单 %2 中：请放回</translation>
    </message>
    <message>
        <source>Too much %1: the order asks for %2 g and %3 g are picked</source>
        <translation>%1 过多：订单需要 %2 克，已拣 %3 克</translation>
    </message>
    <message>
        <source>All %1 of %2 are picked already</source>
        <translation>%2 的全部 %1 件已拣完</translation>
    </message>
    <message>
        <source>Note how the customer agreed (for example &quot;by phone&quot;)</source>
        <translation>请注明顾客如何同意（例如“电话确认”）</translation>
    </message>
    <message>
        <source>Line %1 is picked in full</source>
        <translation>第 %1 行已全部拣完</translation>
    </message>
    <message>
        <source>That is the ordered item itself: scan it to pick it</source>
        <translation>这就是所订商品本身：请扫描以拣货</translation>
    </message>
    <message>
        <source>A substitute is sold the same way as the ordered item (by piece or by weight)</source>
        <translation>替代品的销售方式须与所订商品相同（按件或按重量）</translation>
    </message>
    <message>
        <source>At most %1 can replace what is missing of %2</source>
        <translation>最多 %1 可替代 %2 缺少的部分</translation>
    </message>
    <message>
        <source>%1: %2 of %3 picked; pick the rest, or record the customer&apos;s consent to a short pick or a substitute</source>
        <translation>%1：已拣 %2 / %3；请拣完其余部分，或记录顾客同意缺货或替代</translation>
    </message>
    <message>
        <source>Nothing of order %1 could be picked: ask the shop to cancel it</source>
        <translation>订单 %1 无法拣到任何商品：请网店取消该订单</translation>
    </message>
    <message>
        <source>This store&apos;s catalog has no %1 (%2)</source>
        <translation>本店目录中没有 %1（%2）</translation>
    </message>
    <message>
        <source>%1: the order&apos;s total for this line does not match its price</source>
        <translation>%1：订单中此行的金额与其价格不符</translation>
    </message>
    <message>
        <source>This store&apos;s catalog has no %1</source>
        <translation>本店目录中没有 %1</translation>
    </message>
    <message>
        <source>The customer takes nothing: return order %1 to stock instead</source>
        <translation>顾客什么都不取：请将订单 %1 退回库存</translation>
    </message>
    <message>
        <source>Order %1 has age-restricted goods: check the customer&apos;s age first</source>
        <translation>订单 %1 含有年龄限制商品：请先核实顾客年龄</translation>
    </message>
    <message>
        <source>The payment does not match what order %1 costs as handed over</source>
        <translation>付款金额与订单 %1 实际交付的金额不符</translation>
    </message>
    <message>
        <source>Order %1 is %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <source>An order line needs a quantity and its agreed price</source>
        <translation>订单行需要数量和约定价格</translation>
    </message>
    <message>
        <source>Return an uncollected order to stock</source>
        <translation>将未取订单退回库存</translation>
    </message>
    <message>
        <source>Orders for other stores are real: leave training mode to place one</source>
        <translation>为其他门店下的订单是真实订单：请退出培训模式后再下单</translation>
    </message>
    <message>
        <source>The order needs the customer&apos;s name and a phone number to reach them</source>
        <translation>订单需要顾客姓名和联系电话</translation>
    </message>
    <message>
        <source>Home delivery needs the full address</source>
        <translation>送货上门需要完整地址</translation>
    </message>
    <message>
        <source>The order has no items</source>
        <translation>订单中没有商品</translation>
    </message>
    <message>
        <source>Choose the store that has the goods</source>
        <translation>请选择有货的门店</translation>
    </message>
    <message>
        <source>Each item needs a known product and a quantity</source>
        <translation>每个商品都需要已知的商品和数量</translation>
    </message>
    <message>
        <source>Store %1 had %2 of %3 at the last sync</source>
        <translation>上次同步时门店 %1 有 %3 共 %2 件</translation>
    </message>
    <message>
        <source>Only what was paid online goes back online</source>
        <translation>只有在线支付的金额才能原路退回线上</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>在线支付</translation>
    </message>
    <message>
        <source>A receipt needs a quantity and a cost</source>
        <translation>入库需要数量和成本</translation>
    </message>
    <message>
        <source>Receive goods and set restocking rules</source>
        <translation>收货及设置补货规则</translation>
    </message>
    <message>
        <source>Say why a delivery nobody announced is taken in</source>
        <translation>请说明为何接收未预告的到货</translation>
    </message>
    <message>
        <source>The delivery has no goods</source>
        <translation>到货中没有商品</translation>
    </message>
    <message>
        <source>Each line needs a known product, a quantity and a cost</source>
        <translation>每一行都需要已知商品、数量和成本</translation>
    </message>
    <message>
        <source>A restocking rule needs min ≤ max, a pack of at least 1 and no negative days</source>
        <translation>补货规则要求最小值 ≤ 最大值、包装数至少为 1，且天数不能为负</translation>
    </message>
    <message>
        <source>Unknown stock request</source>
        <translation>未知的补货申请</translation>
    </message>
    <message>
        <source>%1 was already received</source>
        <translation>%1 已收货</translation>
    </message>
    <message>
        <source>%1 has not been shipped yet</source>
        <translation>%1 尚未发货</translation>
    </message>
    <message>
        <source>Stock is real: leave training mode to count it</source>
        <translation>库存是真实的：请退出培训模式再盘点</translation>
    </message>
    <message>
        <source>The note is too long</source>
        <translation>备注过长</translation>
    </message>
    <message>
        <source>A count is already in progress: finish it first</source>
        <translation>已有盘点在进行中：请先完成</translation>
    </message>
    <message>
        <source>Unknown stock count</source>
        <translation>未知的盘点</translation>
    </message>
    <message>
        <source>This count is closed</source>
        <translation>此盘点已关闭</translation>
    </message>
    <message>
        <source>That is more than a store can hold</source>
        <translation>数量超出门店可容纳范围</translation>
    </message>
    <message>
        <source>Type the quantity on the shelf (0 or more)</source>
        <translation>输入货架上的数量（0 或以上）</translation>
    </message>
    <message>
        <source>An approved count cannot be cancelled</source>
        <translation>已批准的盘点不能取消</translation>
    </message>
    <message>
        <source>Close the count before approving it</source>
        <translation>请先关闭盘点再批准</translation>
    </message>
    <message>
        <source>Choose another store to transfer goods from</source>
        <translation>请选择调出商品的其他门店</translation>
    </message>
    <message>
        <source>Each line needs a known product and a quantity</source>
        <translation>每行都需要已知商品和数量</translation>
    </message>
    <message>
        <source>The request asks for nothing</source>
        <translation>申请中没有任何商品</translation>
    </message>
    <message>
        <source>A request holds at most %1 lines</source>
        <translation>一份申请最多 %1 行</translation>
    </message>
    <message>
        <source>Only the store that asked can cancel request %1</source>
        <translation>只有提出申请的门店才能取消申请 %1</translation>
    </message>
    <message>
        <source>Request %1 can no longer be cancelled</source>
        <translation>申请 %1 已无法取消</translation>
    </message>
    <message>
        <source>Request %1 is not a transfer from this store</source>
        <translation>申请 %1 不是从本店调出的调拨</translation>
    </message>
    <message>
        <source>Transfer %1 is already %2</source>
        <translation>调拨 %1 已是“%2”状态</translation>
    </message>
    <message>
        <source>Say why the transfer is refused</source>
        <translation>请说明拒绝调拨的原因</translation>
    </message>
    <message>
        <source>Transfer %1 does not ask for that product</source>
        <translation>调拨 %1 未申请该商品</translation>
    </message>
    <message>
        <source>Ship at most %1 of %2</source>
        <translation>%2 最多发货 %1</translation>
    </message>
    <message>
        <source>Nothing to ship: refuse the transfer instead</source>
        <translation>没有可发货的商品：请改为拒绝调拨</translation>
    </message>
    <message>
        <source>Stock is real: leave training mode to change it</source>
        <translation>库存是真实的：请退出培训模式再修改</translation>
    </message>
    <message>
        <source>A markdown takes 1 to 90 % off</source>
        <translation>降价幅度为 1% 到 90%</translation>
    </message>
    <message>
        <source>No goods of batch %1 are in stock</source>
        <translation>批次 %1 没有库存</translation>
    </message>
    <message>
        <source>Batch %1 has no expired goods in stock</source>
        <translation>批次 %1 没有过期的库存</translation>
    </message>
    <message>
        <source>A batch number has at most 20 characters (GS1 AI 10)</source>
        <translation>批号最多 20 个字符（GS1 AI 10）</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>您的订单号</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Please pay at the counter: the cashier scans this code.</source>
        <translation>请到收银台付款：收银员会扫描此码。</translation>
    </message>
    <message>
        <source>This is not a readable kiosk order: %1</source>
        <translation>这不是可读取的自助点单订单：%1</translation>
    </message>
    <message>
        <source>the check digits do not match (a damaged print?)</source>
        <translation>校验码不符（打印损坏？）</translation>
    </message>
    <message>
        <source>it has %1 fields instead of 6</source>
        <translation>有 %1 个字段而不是 6 个</translation>
    </message>
    <message>
        <source>the order number is missing</source>
        <translation>缺少订单号</translation>
    </message>
    <message>
        <source>the order has no items</source>
        <translation>订单中没有商品</translation>
    </message>
    <message>
        <source>the order has more than %1 lines</source>
        <translation>订单超过 %1 行</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; is unreadable</source>
        <translation>商品 &quot;%1&quot; 无法读取</translation>
    </message>
    <message>
        <source>An order can have at most %1 different items</source>
        <translation>一个订单最多可有 %1 种不同商品</translation>
    </message>
    <message>
        <source>%1 cannot be ordered at the kiosk</source>
        <translation>%1 不能在自助点单机上订购</translation>
    </message>
    <message>
        <source>This order was placed in store %1</source>
        <translation>此订单是在门店 %1 下的</translation>
    </message>
    <message>
        <source>Order %1 is already in this sale</source>
        <translation>订单 %1 已在本笔销售中</translation>
    </message>
    <message>
        <source>Finish the sale of the other kiosk order first</source>
        <translation>请先完成另一个自助点单订单的销售</translation>
    </message>
    <message>
        <source>Order %1 has already been paid (receipt %2)</source>
        <translation>订单 %1 已付款（小票 %2）</translation>
    </message>
    <message>
        <source>A member of staff must confirm your age first</source>
        <translation>须先由工作人员确认您的年龄</translation>
    </message>
    <message>
        <source>An earlier card payment is not settled yet; please ask a member of staff</source>
        <translation>之前的一笔刷卡付款尚未处理完毕，请联系工作人员</translation>
    </message>
    <message>
        <source>The card terminal is not available</source>
        <translation>刷卡终端不可用</translation>
    </message>
    <message>
        <source>The card terminal did not answer. Please ask a member of staff before paying again.</source>
        <translation>刷卡终端没有应答。再次付款前请联系工作人员。</translation>
    </message>
    <message>
        <source>The order could not be recorded (%1). Your payment was cancelled; nothing was charged.</source>
        <translation>订单无法记录（%1）。您的付款已取消，未被扣款。</translation>
    </message>
    <message>
        <source>The order could not be recorded (%1) and the payment could not be cancelled. Please ask a member of staff.</source>
        <translation>订单无法记录（%1），且付款无法取消。请联系工作人员。</translation>
    </message>
    <message>
        <source>The price changed before the order could be recorded</source>
        <translation>订单记录前价格已变动</translation>
    </message>
    <message>
        <source>The card terminal is not responding</source>
        <translation>刷卡终端无响应</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>银行卡被拒绝</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准数</translation>
    </message>
    <message>
        <source>No answer from the card terminal</source>
        <translation>刷卡终端没有应答</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>No such payment</source>
        <translation>没有这笔付款</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1 off each</source>
        <translation>每件减 %1</translation>
    </message>
    <message>
        <source>Now %1 each</source>
        <translation>现价每件 %1</translation>
    </message>
    <message>
        <source>Buy %1, get %2 free</source>
        <translation>买 %1 送 %2</translation>
    </message>
    <message>
        <source>Buy %1, get %2 at %3 off</source>
        <translation>买 %1 件，%2 件减 %3</translation>
    </message>
    <message>
        <source>Any %1 for %2</source>
        <translation>任选 %1 件共 %2</translation>
    </message>
    <message>
        <source>Spend %1, get %2 off</source>
        <translation>满 %1 减 %2</translation>
    </message>
    <message>
        <source>%1 (members)</source>
        <translation>%1（会员）</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1：%2–%3 {1,?}</translation>
    </message>
    <message>
        <source>No kiosk order %1</source>
        <translation>没有自助点单订单 %1</translation>
    </message>
    <message>
        <source>This kiosk order has already been paid</source>
        <translation>此自助点单订单已付款</translation>
    </message>
    <message>
        <source>None of the products of order %1 is on sale here</source>
        <translation>订单 %1 中的商品本店都不销售</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>No X or Z report %1</source>
        <translation>没有 X 或 Z 报表 %1</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Tax (less returns)</source>
        <translation>税额（扣除退货）</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>+ Cash sales</source>
        <translation>+ 现金销售</translation>
    </message>
    <message>
        <source>- Cash refunds</source>
        <translation>- 现金退款</translation>
    </message>
    <message>
        <source>+ Cash in</source>
        <translation>+ 存入现金</translation>
    </message>
    <message>
        <source>- Cash out</source>
        <translation>- 取出现金</translation>
    </message>
    <message>
        <source>= Expected cash</source>
        <translation>= 应有现金</translation>
    </message>
    <message>
        <source>%1 is more than a drawer holds (at most %2). Was a barcode scanned into the amount?</source>
        <translation>%1 超过钱箱可容纳的金额（最多 %2）。是否把条码扫进了金额栏？</translation>
    </message>
    <message>
        <source>%1 is a large amount: confirm it is right.</source>
        <translation>%1 是一笔大额：请确认无误。</translation>
    </message>
    <message>
        <source>See costs, stock value and sales reports</source>
        <translation>查看成本、库存价值和销售报表</translation>
    </message>
    <message>
        <source>price as labelled</source>
        <translation>按标签价格</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>ONLINE ORDER COLLECTED</source>
        <translation>网购订单已取货</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>已在线支付</translation>
    </message>
    <message>
        <source>There is no store database at %1. Check the path, or create a store with &quot;omnitillctl demo --db %1&quot;.</source>
        <translation>%1 处没有门店数据库。请检查路径，或用“omnitillctl demo --db %1”创建门店。</translation>
    </message>
    <message>
        <source>The folder %1 of the store database cannot be written to (missing or read-only): the till records every sale there. Check the path and the folder&apos;s permissions.</source>
        <translation>门店数据库所在文件夹 %1 无法写入（不存在或只读），而收银台在其中记录每一笔销售。请检查路径和文件夹权限。</translation>
    </message>
    <message>
        <source>The store database %1 is read-only: the till records every sale in it. Check the file&apos;s permissions.</source>
        <translation>门店数据库 %1 为只读，而收银台在其中记录每一笔销售。请检查文件权限。</translation>
    </message>
    <message>
        <source>Nothing can be read from %1: its header or its list of tables is damaged (%2). What was synced is safe at the hub.</source>
        <translation>无法从 %1 读取任何内容：文件头或表清单已损坏（%2）。已同步的数据在中心安全保存。</translation>
    </message>
    <message>
        <source>The store database %1 is damaged (%2). Selling is stopped so that nothing more is written to a damaged file; everything recorded before stays in it. Close OmniTill and recover the store with &quot;omnitillctl recover --db %1 --out NEW-FILE&quot; (see the README, &quot;A damaged store database&quot;).</source>
        <translation>门店数据库 %1 已损坏（%2）。已停止销售，以免继续写入损坏的文件；之前记录的内容仍保留在其中。请关闭 OmniTill，并用 &quot;omnitillctl recover --db %1 --out NEW-FILE&quot; 恢复门店数据（见 README 中的“A damaged store database”）。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 for the recovery.</source>
        <translation>无法将 %1 复制到 %2 以进行恢复。</translation>
    </message>
    <message>
        <source>The till&apos;s identity was on a damaged page of %1; set the till up again and enroll it with the hub.</source>
        <translation>收银台的身份信息位于 %1 的损坏页上；请重新设置收银台并在中心重新登记。</translation>
    </message>
    <message>
        <source>There is no store database at %1.</source>
        <translation>%1 处没有门店数据库。</translation>
    </message>
    <message>
        <source>%1 already exists; the recovered store is written to a new file.</source>
        <translation>%1 已存在；恢复的数据只写入新文件。</translation>
    </message>
    <message>
        <source>Cannot create a work folder beside %1.</source>
        <translation>无法在 %1 旁创建工作文件夹。</translation>
    </message>
    <message>
        <source>The till&apos;s settings (its identity and keys) cannot be read from %1; set the till up again and enroll it with the hub.</source>
        <translation>无法从 %1 读取收银台设置（身份和密钥）；请重新设置收银台并在中心重新登记。</translation>
    </message>
    <message>
        <source>The camera decoder had stopped; it is being restarted.</source>
        <translation>摄像头解码器已停止，正在重新启动。</translation>
    </message>
    <message>
        <source>The camera decoder %1 could not be started: %2</source>
        <translation>无法启动摄像头解码器 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The camera decoder took longer than %n ms on a picture; it is being restarted.</source>
        <translation>
            <numerusform>摄像头解码器处理一帧超过 %n 毫秒，正在重新启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The camera decoder failed on a picture; it is being restarted.</source>
        <translation>摄像头解码器处理一帧时出错，正在重新启动。</translation>
    </message>
    <message>
        <source>The camera decoder answered with something unreadable; it is being restarted.</source>
        <translation>摄像头解码器返回了无法读取的结果，正在重新启动。</translation>
    </message>
    <message>
        <source>This member code has expired: open the app again to show a fresh one</source>
        <translation>会员码已过期：请重新打开应用以显示新的会员码</translation>
    </message>
    <message>
        <source>This coupon code has expired</source>
        <translation>优惠券码已过期</translation>
    </message>
    <message>
        <source>This pickup code has expired: find the order by its number and the customer&apos;s phone</source>
        <translation>取货码已过期：请按订单号和顾客电话查找订单</translation>
    </message>
    <message>
        <source>This code was issued later than this till&apos;s clock says it is now: check the till&apos;s date and time</source>
        <translation>此码的签发时间晚于收银机当前时间：请检查收银机的日期和时间</translation>
    </message>
    <message>
        <source>This member code is from an older version of the app: open the app again to show a fresh one</source>
        <translation>此会员码来自旧版应用：请重新打开应用以显示新的会员码</translation>
    </message>
    <message>
        <source>This coupon was issued before a security update and can no longer be accepted; the store can issue a new one</source>
        <translation>此优惠券在安全更新之前签发，已不再受理；门店可以重新发放一张</translation>
    </message>
    <message>
        <source>The hub&apos;s answers keep getting lost on the way; the till will try again</source>
        <translation>中心服务器的应答在途中不断丢失；收银机将再次尝试</translation>
    </message>
    <message>
        <source>The connection to the hub broke off before it answered</source>
        <translation>与中心服务器的连接在其应答前中断</translation>
    </message>
    <message numerus="yes">
        <source>The hub did not answer within %n seconds</source>
        <translation>
            <numerusform>中心服务器在 %n 秒内没有应答</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub at %1 does not accept connections (is it running?)</source>
        <translation>位于 %1 的中心服务器不接受连接（它在运行吗？）</translation>
    </message>
    <message>
        <source>The hub&apos;s address %1 cannot be found</source>
        <translation>找不到中心服务器地址 %1</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted: %1</source>
        <translation>中心服务器的证书不受信任：%1</translation>
    </message>
    <message>
        <source>The hub had a problem with this request (HTTP %1); the till will try again</source>
        <translation>中心服务器处理此请求时出错（HTTP %1）；收银机将再次尝试</translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
    <message>
        <source>The hub&apos;s address must start with https:// (plain http:// only for a hub on this machine): %1</source>
        <translation>中心服务器地址必须以 https:// 开头（http:// 仅限本机上的中心服务器）：%1</translation>
    </message>
    <message>
        <source>it does not start with OTK1 or OTK2</source>
        <translation>它不是以 OTK1 或 OTK2 开头</translation>
    </message>
    <message>
        <source>it was made by a kiosk that is not enrolled with the hub</source>
        <translation>它由未在中心服务器注册的自助机生成</translation>
    </message>
    <message>
        <source>this till is not enrolled with the hub, so it cannot check the code</source>
        <translation>此收银机未在中心服务器注册，无法校验此码</translation>
    </message>
    <message numerus="yes">
        <source>The hub asked the till to slow down; it will try again in %n seconds</source>
        <translation>
            <numerusform>中心服务器要求收银机放慢请求；将在 %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub at %1 showed a certificate without the key this till was set up to trust; nothing was sent</source>
        <translation>位于 %1 的中心服务器出示的证书不含本收银机被设置为信任的密钥；未发送任何数据</translation>
    </message>
    <message>
        <source>The hub CA file holds no PEM certificate</source>
        <translation>中心服务器的 CA 文件中没有 PEM 证书</translation>
    </message>
    <message>
        <source>A hub pin reads sha256/ and the key&apos;s hash in base64: %1</source>
        <translation>中心服务器公钥固定值的格式为 sha256/ 加上密钥哈希的 base64：%1</translation>
    </message>
    <message>
        <source>A card payment is already running</source>
        <translation>正在进行银行卡支付</translation>
    </message>
    <message>
        <source>No card terminal is set up</source>
        <translation>未设置刷卡终端</translation>
    </message>
    <message>
        <source>The key file %1 exists already; a signing key is never replaced</source>
        <translation>密钥文件 %1 已存在；签名密钥永不替换</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1</source>
        <translation>无法创建密钥文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the key file %1</source>
        <translation>无法写入密钥文件 %1</translation>
    </message>
    <message>
        <source>The signing key file %1 is missing. Restore it from the backup kept apart from the store database; without it the till cannot sign what it sells.</source>
        <translation>签名密钥文件 %1 不存在。请从与门店数据库分开保存的备份中恢复；没有它，收银台无法为销售签名。</translation>
    </message>
    <message>
        <source>The signing key file %1 may be read or changed by others than its owner. Run &quot;chmod 600 %1&quot; and check who had access.</source>
        <translation>签名密钥文件 %1 可被其所有者以外的人读取或修改。请运行&quot;chmod 600 %1&quot;并检查谁曾有访问权限。</translation>
    </message>
    <message>
        <source>Cannot read the signing key file %1: %2</source>
        <translation>无法读取签名密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>entry %1 is not the one seen before: it was replaced</source>
        <translation>条目 %1 与之前所见的不同：已被替换</translation>
    </message>
    <message>
        <source>the journal ends at entry %1, but entry %2 was seen before: entries were removed</source>
        <translation>日志止于条目 %1，但之前曾见到条目 %2：条目已被删除</translation>
    </message>
    <message>
        <source>the journal ends at entry %1, but the store&apos;s sales and returns refer to entry %2: entries were removed</source>
        <translation>日志止于条目 %1，但门店的销售和退货引用了条目 %2：条目已被删除</translation>
    </message>
    <message>
        <source>The store names no file for its key %1</source>
        <translation>门店未指定其密钥 %1 的文件</translation>
    </message>
    <message>
        <source>The signing token does not answer (%1, PKCS#11 error 0x%2)</source>
        <translation>签名令牌无响应（%1，PKCS#11 错误 0x%2）</translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module %1: %2</source>
        <translation>无法加载 PKCS#11 模块 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#11 module</source>
        <translation>%1 不是 PKCS#11 模块</translation>
    </message>
    <message>
        <source>The signing token %1 refused the PIN</source>
        <translation>签名令牌 %1 拒绝了 PIN 码</translation>
    </message>
    <message>
        <source>No signing token labelled %1 is present</source>
        <translation>没有标签为 %1 的签名令牌</translation>
    </message>
    <message>
        <source>The key on the signing token is not a P-256 key</source>
        <translation>签名令牌上的密钥不是 P-256 密钥</translation>
    </message>
    <message>
        <source>The signing token %1 holds no key pair labelled %2</source>
        <translation>签名令牌 %1 上没有标签为 %2 的密钥对</translation>
    </message>
    <message>
        <source>entry %1 is not the one the hub holds: it was replaced</source>
        <translation>条目 %1 与中心保存的不一致：已被替换</translation>
    </message>
    <message>
        <source>The hub kept asking for the journal; the sync stopped after %1 requests</source>
        <translation>中心不断请求日志；同步在 %1 次请求后停止</translation>
    </message>
    <message>
        <source>The hub could not be asked for the journal: %1</source>
        <translation>无法向中心请求日志：%1</translation>
    </message>
    <message>
        <source>The signing token %1 holds another key than the journal&apos;s (%2)</source>
        <translation>签名令牌 %1 中的密钥不是日志的密钥（%2）</translation>
    </message>
    <message>
        <source>The journal is already signed with the key on %1</source>
        <translation>日志已使用 %1 上的密钥签名</translation>
    </message>
    <message>
        <source>The journal&apos;s present key cannot sign the change (%1); the journal keeps it</source>
        <translation>日志当前的密钥无法签署此次更换（%1）；日志保留原密钥</translation>
    </message>
    <message>
        <source>entry %1 changes the journal&apos;s key but names no key</source>
        <translation>条目 %1 更换了日志密钥，但未指明新密钥</translation>
    </message>
    <message>
        <source>NOT SIGNED - the signing device failed</source>
        <translation>未签名 - 签名设备故障</translation>
    </message>
    <message>
        <source>The store names a signing token but not its public key</source>
        <translation>门店设置指定了签名令牌，但没有其公钥</translation>
    </message>
    <message>
        <source>The store names no PIN file for its signing token</source>
        <translation>门店设置未指定签名令牌的 PIN 文件</translation>
    </message>
    <message>
        <source>The signing token %1 already holds a key labelled %2</source>
        <translation>签名令牌 %1 已有标签为 %2 的密钥</translation>
    </message>
    <message>
        <source>VAT ID %1</source>
        <translation>税号 %1</translation>
    </message>
    <message>
        <source>CANCELLED - NOTHING WAS SOLD</source>
        <translation>已取消 - 未售出任何商品</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Signature no.</source>
        <translation>签名序号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>The card terminal must be &quot;simulator&quot;, &quot;none&quot; or a ZVT address (zvt://HOST:PORT, zvt+serial:///dev/ttyUSB0), not &quot;%1&quot;</source>
        <translation>刷卡终端必须是“simulator”、“none”或 ZVT 地址（zvt://HOST:PORT、zvt+serial:///dev/ttyUSB0），而不是“%1”</translation>
    </message>
    <message>
        <source>The card terminal&apos;s password must be six digits</source>
        <translation>刷卡终端的密码必须是六位数字</translation>
    </message>
    <message>
        <source>Card declined by the bank</source>
        <translation>银行拒绝了此卡</translation>
    </message>
    <message>
        <source>The card has expired</source>
        <translation>此卡已过期</translation>
    </message>
    <message>
        <source>Declined: not enough funds</source>
        <translation>被拒绝：余额不足</translation>
    </message>
    <message>
        <source>Declined: wrong PIN</source>
        <translation>被拒绝：PIN 码错误</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>无法读取此卡</translation>
    </message>
    <message>
        <source>Card data missing</source>
        <translation>缺少卡数据</translation>
    </message>
    <message>
        <source>Processing error at the card terminal</source>
        <translation>刷卡终端处理出错</translation>
    </message>
    <message>
        <source>The card terminal&apos;s turnover file is full: run its end of day</source>
        <translation>刷卡终端的交易记录已满：请执行终端日结</translation>
    </message>
    <message>
        <source>This function is switched off at the card terminal</source>
        <translation>刷卡终端已关闭此功能</translation>
    </message>
    <message>
        <source>Payment cancelled at the card terminal or timed out</source>
        <translation>付款已在刷卡终端上取消或超时</translation>
    </message>
    <message>
        <source>The card is blocked</source>
        <translation>此卡已被冻结</translation>
    </message>
    <message>
        <source>The card terminal does not accept this currency</source>
        <translation>刷卡终端不接受此货币</translation>
    </message>
    <message>
        <source>Declined: not enough credit</source>
        <translation>被拒绝：额度不足</translation>
    </message>
    <message>
        <source>Card not known to the terminal</source>
        <translation>终端不识别此卡</translation>
    </message>
    <message>
        <source>The card terminal could not reach the bank</source>
        <translation>刷卡终端无法连接银行</translation>
    </message>
    <message>
        <source>The card terminal cannot do this now</source>
        <translation>刷卡终端现在无法执行此操作</translation>
    </message>
    <message>
        <source>The card terminal reported a protocol error</source>
        <translation>刷卡终端报告协议错误</translation>
    </message>
    <message>
        <source>The card terminal is busy; try again</source>
        <translation>刷卡终端正忙，请重试</translation>
    </message>
    <message>
        <source>This payment was already reversed</source>
        <translation>此笔付款已撤销</translation>
    </message>
    <message>
        <source>This payment can no longer be reversed</source>
        <translation>此笔付款已无法撤销</translation>
    </message>
    <message>
        <source>The amount is above the card&apos;s limit</source>
        <translation>金额超过此卡限额</translation>
    </message>
    <message>
        <source>This kind of card is not accepted</source>
        <translation>不接受此类卡</translation>
    </message>
    <message>
        <source>The card terminal&apos;s printer is not ready</source>
        <translation>刷卡终端的打印机未就绪</translation>
    </message>
    <message>
        <source>The card terminal is out of order</source>
        <translation>刷卡终端故障</translation>
    </message>
    <message>
        <source>Card declined by the bank (code %1)</source>
        <translation>银行拒绝了此卡（代码 %1）</translation>
    </message>
    <message>
        <source>The card terminal reported error %1h</source>
        <translation>刷卡终端报告错误 %1h</translation>
    </message>
    <message>
        <source>Please confirm the amount</source>
        <translation>请确认金额</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal</source>
        <translation>请按照刷卡终端上的提示操作</translation>
    </message>
    <message>
        <source>Card not accepted</source>
        <translation>不接受此卡</translation>
    </message>
    <message>
        <source>Contacting the bank…</source>
        <translation>正在连接银行…</translation>
    </message>
    <message>
        <source>Cancelling the payment…</source>
        <translation>正在取消付款…</translation>
    </message>
    <message>
        <source>Insert, tap or swipe your card</source>
        <translation>请插卡、挥卡或刷卡</translation>
    </message>
    <message>
        <source>Please remove your card</source>
        <translation>请取回您的卡</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>请稍候…</translation>
    </message>
    <message>
        <source>Payment not possible</source>
        <translation>无法付款</translation>
    </message>
    <message>
        <source>Wrong PIN, please try again</source>
        <translation>PIN 码错误，请重试</translation>
    </message>
    <message>
        <source>Too many wrong PINs</source>
        <translation>PIN 码错误次数过多</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The card terminal did not answer</source>
        <translation>刷卡终端没有响应</translation>
    </message>
    <message>
        <source>The card terminal at %1 cannot be reached: %2</source>
        <translation>无法连接位于 %1 的刷卡终端：%2</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time</source>
        <translation>刷卡终端未及时响应</translation>
    </message>
    <message>
        <source>The card terminal charged %1 instead of %2</source>
        <translation>刷卡终端扣款 %1，而不是 %2</translation>
    </message>
    <message>
        <source>No answer from the card terminal: %1</source>
        <translation>刷卡终端无响应：%1</translation>
    </message>
    <message>
        <source>The card terminal has no payment to report</source>
        <translation>刷卡终端没有可报告的付款</translation>
    </message>
    <message>
        <source>The card terminal did not take this payment</source>
        <translation>刷卡终端未收取此笔付款</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card terminal address (zvt://HOST:PORT or zvt+serial:///dev/ttyUSB0?baud=9600)</source>
        <translation>“%1”不是刷卡终端地址（zvt://HOST:PORT 或 zvt+serial:///dev/ttyUSB0?baud=9600）</translation>
    </message>
    <message>
        <source>The card terminal cannot be used with currency %1</source>
        <translation>刷卡终端不能用于货币 %1</translation>
    </message>
    <message>
        <source>In training mode the card terminal is not used; take the card payment by hand</source>
        <translation>培训模式下不使用刷卡终端；请手动登记刷卡付款</translation>
    </message>
    <message>
        <source>A card payment must be more than zero</source>
        <translation>刷卡金额必须大于零</translation>
    </message>
    <message>
        <source>The card payment %1 is not an approved payment of this amount</source>
        <translation>刷卡付款 %1 不是此金额的已批准付款</translation>
    </message>
    <message>
        <source>The card payment %1 is not an approved payment</source>
        <translation>刷卡付款 %1 不是已批准的付款</translation>
    </message>
    <message>
        <source>The card terminal&apos;s end of day is not run in training mode</source>
        <translation>培训模式下不执行刷卡终端日结</translation>
    </message>
    <message>
        <source>Difference %1 (terminal %2, till %3)</source>
        <translation>差额 %1（终端 %2，收银台 %3）</translation>
    </message>
    <message>
        <source>This card terminal cannot refund to a card</source>
        <translation>此刷卡终端无法退款到卡</translation>
    </message>
    <message>
        <source>This card terminal has no end of day</source>
        <translation>此刷卡终端没有日结</translation>
    </message>
    <message>
        <source>No card payment %1</source>
        <translation>没有刷卡付款 %1</translation>
    </message>
    <message>
        <source>A terminal card payment must name its terminal payment</source>
        <translation>终端刷卡付款必须注明其终端付款</translation>
    </message>
    <message>
        <source>The card terminal answered %1 instead of acknowledging the command</source>
        <translation>刷卡终端回复了 %1，而不是确认该命令</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::AisleOrderDialog</name>
    <message>
        <source>Order from another store</source>
        <translation>从其他门店订购</translation>
    </message>
    <message>
        <source>%1 - here: %2</source>
        <translation>%1 - 本店：%2</translation>
    </message>
    <message>
        <source>Other stores&apos; stock at the last sync</source>
        <translation>上次同步时其他门店的库存</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>On hand at the last sync</source>
        <translation>上次同步时的库存</translation>
    </message>
    <message>
        <source> g</source>
        <translation> 克</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Customer collects it at that store</source>
        <translation>顾客到该门店取货</translation>
    </message>
    <message>
        <source>Home delivery from that store</source>
        <translation>由该门店送货上门</translation>
    </message>
    <message>
        <source>How the customer gets it</source>
        <translation>顾客如何收货</translation>
    </message>
    <message>
        <source>&amp;Fulfilment:</source>
        <translation>收货方式(&amp;F)：</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>顾客电话</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>The customer pays when collecting it or on delivery.</source>
        <translation>顾客在取货或送货时付款。</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>Recent orders from this till:</source>
        <translation>本收银台最近的订单：</translation>
    </message>
    <message>
        <source>Recent orders from this till</source>
        <translation>本收银台最近的订单</translation>
    </message>
    <message>
        <source>No other store had it at the last sync</source>
        <translation>上次同步时其他门店均无此商品</translation>
    </message>
    <message>
        <source>Choose the store that has the goods</source>
        <translation>请选择有货的门店</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>%1 - %2 - %3 - %4</source>
        <translation>%1 - %2 - %3 - %4</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>需要批准</translation>
    </message>
    <message>
        <source>A supervisor or manager enters their PIN:</source>
        <translation>请主管或经理输入 PIN 码：</translation>
    </message>
    <message>
        <source>Cancelled: no approval</source>
        <translation>已取消：未获批准</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::CartTableModel</name>
    <message>
        <source>Batch %1</source>
        <translation>批号 %1</translation>
    </message>
    <message>
        <source>Best before %1</source>
        <translation>最佳食用期 %1</translation>
    </message>
    <message>
        <source>Age restricted</source>
        <translation>年龄限制</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::CashierPage</name>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>单品折扣</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>作废单行</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>挂起销售</translation>
    </message>
    <message>
        <source>Resume sale</source>
        <translation>恢复销售</translation>
    </message>
    <message>
        <source>Price override</source>
        <translation>改价</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>作废整单</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>上一张小票</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Weight of %1 in kg:</source>
        <translation>%1 的重量（千克）：</translation>
    </message>
    <message>
        <source>Age check</source>
        <translation>年龄核验</translation>
    </message>
    <message>
        <source>%1 removed: age not confirmed</source>
        <translation>已移除 %1：未确认年龄</translation>
    </message>
    <message>
        <source>New quantity:</source>
        <translation>新数量：</translation>
    </message>
    <message>
        <source>Discount as 10% or as an amount:</source>
        <translation>折扣（如 10% 或金额）：</translation>
    </message>
    <message>
        <source>Subtotal: %1</source>
        <translation>小计：%1</translation>
    </message>
    <message>
        <source>New unit price:</source>
        <translation>新单价：</translation>
    </message>
    <message>
        <source>Void the whole sale?</source>
        <translation>作废整笔销售吗？</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>销售已作废</translation>
    </message>
    <message>
        <source>%1 items, %2</source>
        <translation>%1 件商品，%2</translation>
    </message>
    <message>
        <source>Sale parked: %1</source>
        <translation>销售已挂起：%1</translation>
    </message>
    <message>
        <source>Finish or park the current sale first</source>
        <translation>请先完成或挂起当前销售</translation>
    </message>
    <message>
        <source>No parked sales</source>
        <translation>没有挂起的销售</translation>
    </message>
    <message>
        <source>Parked sales:</source>
        <translation>挂起的销售：</translation>
    </message>
    <message>
        <source>Sale resumed</source>
        <translation>销售已恢复</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s age first</source>
        <translation>请先确认顾客年龄</translation>
    </message>
    <message>
        <source>Receipt %1 - change %2</source>
        <translation>小票 %1 - 找零 %2</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>还没有小票</translation>
    </message>
    <message>
        <source>%1 %2%: tax %3</source>
        <translation>%1 %2%：税额 %3</translation>
    </message>
    <message>
        <source>Discounts %1</source>
        <translation>折扣 %1</translation>
    </message>
    <message>
        <source>Scan, type a code or search by name</source>
        <translation>扫码、输入编码或按名称搜索</translation>
    </message>
    <message>
        <source>The scanner types in another keyboard layout; read &quot;%1&quot; as &quot;%2&quot;. Set the scanner to US English keyboard emulation or the till&apos;s layout to English.</source>
        <translation>扫描枪使用了其他键盘布局；已将“%1”识别为“%2”。请将扫描枪设为美式英语键盘模拟，或把收银台的键盘布局切换为英文。</translation>
    </message>
    <message>
        <source>Weighing...</source>
        <translation>正在称重...</translation>
    </message>
    <message>
        <source>Receipt %1 shown; no receipt printer is set up</source>
        <translation>已显示小票 %1；未设置小票打印机</translation>
    </message>
    <message>
        <source>Copy of %1 sent to the printer</source>
        <translation>%1 的副本已发送到打印机</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>会员：%1</translation>
    </message>
    <message>
        <source>Member %1, %2 points</source>
        <translation>会员 %1，积分 %2</translation>
    </message>
    <message>
        <source>Card number or phone number:</source>
        <translation>卡号或电话号码：</translation>
    </message>
    <message>
        <source>Which member?</source>
        <translation>哪一位会员？</translation>
    </message>
    <message>
        <source>No member has this phone number. Enrol the customer now?</source>
        <translation>没有使用该电话号码的会员。现在为顾客登记吗？</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Name (optional):</source>
        <translation>姓名（可选）：</translation>
    </message>
    <message>
        <source>Does the customer agree that we keep their name and phone number for the loyalty programme?</source>
        <translation>顾客是否同意我们为会员计划保存其姓名和电话号码？</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Points to redeem (at most %1, set by %2):</source>
        <translation>要兑换的积分（最多 %1，受%2限制）：</translation>
    </message>
    <message>
        <source>No points redeemed</source>
        <translation>未兑换积分</translation>
    </message>
    <message>
        <source>%1 points take %2 off the price</source>
        <translation>%1 积分抵扣价格 %2</translation>
    </message>
    <message>
        <source>%1 points pay %2 of the sale</source>
        <translation>%1 积分支付本单 %2</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>积分（%1）</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off</source>
        <translation>优惠券 %1：减 %2</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>优惠券 %1</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <source>Sell a gift card</source>
        <translation>出售礼品卡</translation>
    </message>
    <message>
        <source>Top up a card</source>
        <translation>为卡充值</translation>
    </message>
    <message>
        <source>Card balance</source>
        <translation>卡余额</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>要做什么：</translation>
    </message>
    <message>
        <source>Scan or type the card number:</source>
        <translation>扫描或输入卡号：</translation>
    </message>
    <message>
        <source>This card is not known to the till</source>
        <translation>收银台不认识此卡</translation>
    </message>
    <message>
        <source>Card %1: %2 available</source>
        <translation>卡 %1：可用 %2</translation>
    </message>
    <message>
        <source>Amount to load:</source>
        <translation>充值金额：</translation>
    </message>
    <message>
        <source>Card %1 loaded with %2 when the sale is paid</source>
        <translation>付款后卡 %1 将充值 %2</translation>
    </message>
    <message>
        <source>Suggest: %1</source>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <source>Bought together with this sale, or (★) from the member&apos;s favourite categories</source>
        <translation>常与本单商品一起购买，或（★）来自会员喜爱的类别</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Refund %1: %2</source>
        <translation>退款 %1：%2</translation>
    </message>
    <message>
        <source>on store credit %1</source>
        <translation>存入商店储值 %1</translation>
    </message>
    <message>
        <source>Exchange: receipt %1, %2 back (refund %3)</source>
        <translation>换货：小票 %1，退还 %2（退款单 %3）</translation>
    </message>
    <message>
        <source>Exchange: receipt %1, change %2 (refund %3)</source>
        <translation>换货：小票 %1，找零 %2（退款单 %3）</translation>
    </message>
    <message>
        <source>Other stores</source>
        <translation>其他门店</translation>
    </message>
    <message>
        <source>%1 is out of stock here; other stores have it (Other stores, Ctrl+Shift+A)</source>
        <translation>本店 %1 缺货；其他门店有货（其他门店，Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Scan the item the customer wants first</source>
        <translation>请先扫描顾客想要的商品</translation>
    </message>
    <message>
        <source>Order %1 placed at store %2; it is sent to the hub with the next sync</source>
        <translation>订单 %1 已在门店 %2 下单；将在下次同步时发送到中心</translation>
    </message>
    <message>
        <source>Remove %1 from this sale?</source>
        <translation>从本次销售中移除 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Kiosk order %1: %n item(s) added.</source>
        <translation>
            <numerusform>自助点单订单 %1：已添加 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on sale here, left out: %1</source>
        <translation>本店不售，已略过：%1</translation>
    </message>
    <message>
        <source>The member is not known to this till yet; identify them again.</source>
        <translation>本收银台尚不认识该会员，请重新识别。</translation>
    </message>
    <message>
        <source>%1, phone ending %2</source>
        <translation>%1，电话尾号 %2</translation>
    </message>
    <message>
        <source>%1 is age restricted: the customer must be at least %2, born on or before %3. Is that so?</source>
        <translation>%1 有年龄限制：顾客须年满 %2 岁，即出生于 %3 或之前。是否如此？</translation>
    </message>
    <message>
        <source>The sale is saved, but its receipt cannot be shown: %1</source>
        <translation>销售已保存，但无法显示其小票：%1</translation>
    </message>
    <message>
        <source>The exchange was not completed: the refund to the card is reversed on the terminal</source>
        <translation>换货未完成：正在终端上撤销退到卡上的款项</translation>
    </message>
    <message>
        <source>The exchange was not completed; the refund to the card was reversed on the terminal.</source>
        <translation>换货未完成；退到卡上的款项已在终端上撤销。</translation>
    </message>
    <message>
        <source>The refund to the card could not be reversed on the terminal.</source>
        <translation>无法在终端上撤销退到卡上的款项。</translation>
    </message>
    <message>
        <source>Settle card payments from the Till menu once the terminal answers.</source>
        <translation>终端恢复响应后，请在“收银机”菜单中处理刷卡付款。</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::CustomerDisplayWindow</name>
    <message>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>折扣 %1</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>欢迎光临！</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Scan the code with your banking app to pay %1</source>
        <translation>请用银行应用扫描二维码支付 %1</translation>
    </message>
    <message>
        <source>Thank you for shopping with us!</source>
        <translation>感谢您的惠顾！</translation>
    </message>
    <message>
        <source>Your change: %1
Thank you for shopping with us!</source>
        <translation>找零：%1
感谢您的惠顾！</translation>
    </message>
    <message>
        <source>Promotion: %1  %2</source>
        <translation>促销：%1  %2</translation>
    </message>
    <message>
        <source>You might also like: %1</source>
        <translation>您可能还喜欢：%1</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::DeviceSettingsDialog</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, usb:///dev/usb/lp0 or serial:///dev/ttyS0?baud=19200</source>
        <translation>tcp://192.168.1.50:9100、usb:///dev/usb/lp0 或 serial:///dev/ttyS0?baud=19200</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>打印机型号</translation>
    </message>
    <message>
        <source>Printer status</source>
        <translation>打印机状态</translation>
    </message>
    <message>
        <source>Ask the printer (DLE EOT)</source>
        <translation>向打印机查询（DLE EOT）</translation>
    </message>
    <message>
        <source>Printer cannot report</source>
        <translation>打印机不能报告状态</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>On the printer</source>
        <translation>接在打印机上</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Drawer connector pin</source>
        <translation>钱箱接口针脚</translation>
    </message>
    <message>
        <source>Pin 2</source>
        <translation>2 号针脚</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>5 号针脚</translation>
    </message>
    <message>
        <source>Drawer pulse (ms)</source>
        <translation>钱箱脉冲（毫秒）</translation>
    </message>
    <message>
        <source>Keyboard scanner: max. ms between keys</source>
        <translation>键盘式扫描枪：按键最大间隔（毫秒）</translation>
    </message>
    <message>
        <source>Keyboard scanner: min. code length</source>
        <translation>键盘式扫描枪：最短编码长度</translation>
    </message>
    <message>
        <source>Keyboard scanner: prefix</source>
        <translation>键盘式扫描枪：前缀</translation>
    </message>
    <message>
        <source>Keyboard scanner: suffix</source>
        <translation>键盘式扫描枪：后缀</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>串口扫描枪端口</translation>
    </message>
    <message>
        <source>Serial scanner ends codes with</source>
        <translation>串口扫描枪的编码结束符</translation>
    </message>
    <message>
        <source>a pause</source>
        <translation>停顿</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Default camera</source>
        <translation>默认摄像头</translation>
    </message>
    <message>
        <source>Camera scanner</source>
        <translation>摄像头扫码</translation>
    </message>
    <message>
        <source>Scale port</source>
        <translation>秤端口</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
    <message>
        <source>On a second screen, if there is one</source>
        <translation>如有第二块屏幕则显示在其上</translation>
    </message>
    <message>
        <source>Always, as a window</source>
        <translation>始终以窗口显示</translation>
    </message>
    <message>
        <source>Pole display port</source>
        <translation>客显屏端口</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>打开钱箱</translation>
    </message>
    <message>
        <source>Scan test: scan a code here</source>
        <translation>扫码测试：在此扫描编码</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Test page sent to the printer queue.</source>
        <translation>测试页已加入打印队列。</translation>
    </message>
    <message>
        <source>Drawer kick sent.</source>
        <translation>已发送开钱箱指令。</translation>
    </message>
    <message>
        <source>The scanner types with a different keyboard layout than the till (Cyrillic letters arrived). Set the scanner to US English keyboard emulation, or switch the till&apos;s layout to English. Read as: %1</source>
        <translation>扫描枪的键盘布局与收银台不同（收到了西里尔字母）。请将扫描枪设为美式英语键盘模拟，或把收银台的布局切换为英文。识别为：%1</translation>
    </message>
    <message>
        <source>GTIN/code: %1</source>
        <translation>GTIN/编码：%1</translation>
    </message>
    <message>
        <source>Batch (AI 10): %1</source>
        <translation>批号（AI 10）：%1</translation>
    </message>
    <message>
        <source>Expiry (AI 17): %1</source>
        <translation>有效期（AI 17）：%1</translation>
    </message>
    <message>
        <source>Serial (AI 21): %1</source>
        <translation>序列号（AI 21）：%1</translation>
    </message>
    <message>
        <source>Weight: %1 g</source>
        <translation>重量：%1 克</translation>
    </message>
    <message>
        <source>Price on label: %1</source>
        <translation>标签价格：%1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>不在商品目录中</translation>
    </message>
    <message>
        <source>Received: %1 (length %2)</source>
        <translation>收到：%1（长度 %2）</translation>
    </message>
    <message>
        <source>Keyboard scanner: pause that ends a code (ms)</source>
        <translation>键盘式扫描枪：结束编码的停顿（毫秒）</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ExpiryTab</name>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No batch expires within these days.</source>
        <translation>这些天内没有到期的批次。</translation>
    </message>
    <message>
        <source>Mark down</source>
        <translation>降价</translation>
    </message>
    <message>
        <source>Percent off batch %1 of %2:</source>
        <translation>%2 的批次 %1 降价百分比：</translation>
    </message>
    <message>
        <source>Batch %1 now sells at %2.</source>
        <translation>批次 %1 现售价 %2。</translation>
    </message>
    <message>
        <source>%1 of batch %2 written off.</source>
        <translation>批次 %2 已报损 %1。</translation>
    </message>
    <message>
        <source>Expiring within (&amp;days):</source>
        <translation>到期天数(&amp;D)以内：</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Marked down to</source>
        <translation>降价至</translation>
    </message>
    <message>
        <source>Batches expiring soon</source>
        <translation>即将到期的批次</translation>
    </message>
    <message>
        <source>&amp;Mark down batch...</source>
        <translation>批次降价(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Write off expired batch</source>
        <translation>报损过期批次(&amp;W)</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskCartPanel</name>
    <message>
        <source>One less %1</source>
        <translation>%1 减一</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>%1 的数量</translation>
    </message>
    <message>
        <source>One more %1</source>
        <translation>%1 加一</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 from the order</source>
        <translation>从订单中移除 %1</translation>
    </message>
    <message>
        <source>%1 (%2): −%3</source>
        <translation>%1（%2）：−%3</translation>
    </message>
    <message>
        <source>Offers applied:</source>
        <translation>已享优惠：</translation>
    </message>
    <message>
        <source>You save %1
Total %2</source>
        <translation>您节省 %1
合计 %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Add %1, %2</source>
        <translation>添加 %1，%2</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>为您推荐</translation>
    </message>
    <message>
        <source>Often bought together</source>
        <translation>经常一起购买</translation>
    </message>
    <message>
        <source>Your order is empty</source>
        <translation>您的订单是空的</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>您的订单</translation>
    </message>
    <message>
        <source>You might also like</source>
        <translation>您可能还喜欢</translation>
    </message>
    <message>
        <source>Finish and pay</source>
        <translation>完成并付款</translation>
    </message>
    <message>
        <source>Choose to pay here by card or at the counter</source>
        <translation>选择在此刷卡或到收银台付款</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskCheckoutPage</name>
    <message>
        <source>To pay: %1</source>
        <translation>应付：%1</translation>
    </message>
    <message>
        <source>Pay here by card</source>
        <translation>在此刷卡付款</translation>
    </message>
    <message>
        <source>Pay with a card or phone at the card terminal beside the screen</source>
        <translation>在屏幕旁的刷卡终端用银行卡或手机付款</translation>
    </message>
    <message>
        <source>Card payment is not available right now. Please pay at the counter.</source>
        <translation>目前无法刷卡付款，请到收银台付款。</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>到收银台付款</translation>
    </message>
    <message>
        <source>You get an order number and a code to show at the counter</source>
        <translation>您将得到订单号和一个在收银台出示的码</translation>
    </message>
    <message>
        <source>Back to my order</source>
        <translation>返回我的订单</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal.
Amount: %1</source>
        <translation>请按照刷卡终端上的提示操作。
金额：%1</translation>
    </message>
    <message>
        <source>Thank you! Your order %1 is paid.
Please take your receipt (%2).</source>
        <translation>谢谢！您的订单 %1 已付款。
请取走小票（%2）。</translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation>未付款：%1</translation>
    </message>
    <message>
        <source>Try the card again</source>
        <translation>再试一次刷卡</translation>
    </message>
    <message>
        <source>Pay at the counter instead</source>
        <translation>改为到收银台付款</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>您的订单号</translation>
    </message>
    <message>
        <source>Order number %1</source>
        <translation>订单号 %1</translation>
    </message>
    <message>
        <source>Code of order %1 for the cashier to scan</source>
        <translation>供收银员扫描的订单 %1 的码</translation>
    </message>
    <message>
        <source>Take your ticket and pay %1 at the counter. The cashier scans the code and your order is ready.</source>
        <translation>请取走小票并到收银台支付 %1。收银员扫码后您的订单即可办理。</translation>
    </message>
    <message>
        <source>Cancel card payment</source>
        <translation>取消刷卡付款</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskPinOverlay</name>
    <message>
        <source>Staff PIN</source>
        <translation>员工 PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskShopPage</name>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1：%2 {1,?}</translation>
    </message>
    <message>
        <source>Shows the details. Needs an age check.</source>
        <translation>显示详情。需要核验年龄。</translation>
    </message>
    <message>
        <source>Shows the details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>未找到 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>%1 的图片</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>价格：%1</translation>
    </message>
    <message>
        <source>Offer: %1 — %2</source>
        <translation>优惠：%1 — %2</translation>
    </message>
    <message>
        <source>Age check: a member of staff confirms your age before you pay.</source>
        <translation>年龄核验：付款前工作人员会确认您的年龄。</translation>
    </message>
    <message>
        <source>What would you like?</source>
        <translation>您想要点什么？</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Find a product by name with the on-screen keyboard</source>
        <translation>用屏幕键盘按名称查找商品</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Type a product name</source>
        <translation>输入商品名称</translation>
    </message>
    <message>
        <source>Product search</source>
        <translation>商品搜索</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>减一</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>加一</translation>
    </message>
    <message>
        <source>Add %1 to my order</source>
        <translation>将 %1 件加入订单</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskStaffMenu</name>
    <message>
        <source>Staff menu — %1</source>
        <translation>员工菜单 — %1</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>返回顾客界面</translation>
    </message>
    <message>
        <source>Switch to ordering (self-checkout is on)</source>
        <translation>切换到点单（当前为自助结账）</translation>
    </message>
    <message>
        <source>Switch to self-checkout (ordering is on)</source>
        <translation>切换到自助结账（当前为点单）</translation>
    </message>
    <message numerus="yes">
        <source>Settle card payments (%n open)</source>
        <translation>
            <numerusform>处理刷卡付款（%n 笔未结）</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>关闭自助机</translation>
    </message>
    <message>
        <source>Close the kiosk (supervisor or manager only)</source>
        <translation>关闭自助机（仅限主管或经理）</translation>
    </message>
    <message>
        <source>Close the day (Z report)</source>
        <translation>日结（Z 报表）</translation>
    </message>
    <message>
        <source>Close the day (supervisor or manager only)</source>
        <translation>日结（仅限主管或经理）</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskWindow</name>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>测试页已发送到打印机。</translation>
    </message>
    <message>
        <source>Syncing with the hub.</source>
        <translation>正在与中心同步。</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a hub.</source>
        <translation>此自助机未连接中心。</translation>
    </message>
    <message>
        <source>Welcome, %1! Your member prices and offers are on.</source>
        <translation>欢迎，%1！会员价和优惠已启用。</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>仅限员工</translation>
    </message>
    <message>
        <source>Enter your staff PIN to open the staff menu.</source>
        <translation>输入员工 PIN 以打开员工菜单。</translation>
    </message>
    <message>
        <source>Age check</source>
        <translation>年龄核验</translation>
    </message>
    <message>
        <source>Your order has an item with an age limit. A member of staff is on the way to check your ID.</source>
        <translation>您的订单中有限龄商品。工作人员马上过来核验您的证件。</translation>
    </message>
    <message>
        <source>Staff approval</source>
        <translation>员工批准</translation>
    </message>
    <message>
        <source>A member of staff must approve taking items off a self-checkout order.</source>
        <translation>从自助结账订单中移除商品须由工作人员批准。</translation>
    </message>
    <message>
        <source>Age confirmed by %1.</source>
        <translation>年龄已由 %1 确认。</translation>
    </message>
    <message>
        <source>Card terminal: ready.</source>
        <translation>刷卡终端：就绪。</translation>
    </message>
    <message>
        <source>Card terminal: not available.</source>
        <translation>刷卡终端：不可用。</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) settled.</source>
        <translation>
            <numerusform>已处理 %n 笔付款。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open (the terminal cannot tell yet).</source>
        <translation>
            <numerusform>仍有 %n 笔未结（终端暂时无法确认）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorry: %1</source>
        <translation>抱歉：%1</translation>
    </message>
    <message>
        <source>OmniTill kiosk</source>
        <translation>OmniTill 自助机</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>当前语言</translation>
    </message>
    <message>
        <source>Show the kiosk in this language</source>
        <translation>用此语言显示自助机</translation>
    </message>
    <message>
        <source>Aa Standard view</source>
        <translation>Aa 标准视图</translation>
    </message>
    <message>
        <source>Accessibility mode is on: switch to the standard view</source>
        <translation>无障碍模式已开启：切换到标准视图</translation>
    </message>
    <message>
        <source>Switch on larger text and high contrast</source>
        <translation>开启大字体和高对比度</translation>
    </message>
    <message numerus="yes">
        <source>Member: %1 — %Ln points</source>
        <translation>
            <numerusform>会员：%1 — %Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: show your app&apos;s QR code to the scanner</source>
        <translation>会员：请向扫描器出示应用中的二维码</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Empties the order and returns to the welcome screen</source>
        <translation>清空订单并返回欢迎界面</translation>
    </message>
    <message>
        <source>Scan your first item to start</source>
        <translation>扫描第一件商品即可开始</translation>
    </message>
    <message>
        <source>Welcome! Order here</source>
        <translation>欢迎！在此点单</translation>
    </message>
    <message>
        <source>Touch the screen to start. Choose your language at the top.</source>
        <translation>触摸屏幕即可开始。可在顶部选择语言。</translation>
    </message>
    <message>
        <source>Today&apos;s offers:</source>
        <translation>今日优惠：</translation>
    </message>
    <message>
        <source>Touch here to start scanning</source>
        <translation>触摸此处开始扫描</translation>
    </message>
    <message>
        <source>Touch here to start your order</source>
        <translation>触摸此处开始点单</translation>
    </message>
    <message>
        <source>Opens the catalogue</source>
        <translation>打开商品目录</translation>
    </message>
    <message>
        <source>Self-checkout: scan each item&apos;s barcode. Items without a barcode: search or browse.</source>
        <translation>自助结账：请扫描每件商品的条码。没有条码的商品请搜索或浏览。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Staff menu (staff PIN needed)</source>
        <translation>员工菜单（需要员工 PIN）</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there?
Your order will be cleared in %n second(s).</source>
        <translation>
            <numerusform>您还在吗？
您的订单将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here</source>
        <translation>是的，我还在</translation>
    </message>
    <message>
        <source>Aa+ Larger text</source>
        <translation>Aa+ 大字体</translation>
    </message>
    <message>
        <source>Welcome back! Your member prices and offers are on.</source>
        <translation>欢迎回来！会员价和优惠已启用。</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message numerus="yes">
        <source>Day closed (Z report of shift %1): %n sale(s), %2.</source>
        <translation>
            <numerusform>已日结（班次 %1 的 Z 报表）：%n 笔销售，%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnitill::ui::LoginPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>请输入 PIN 码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::MainWindow</name>
    <message>
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <source>Cash in...</source>
        <translation>存入现金...</translation>
    </message>
    <message>
        <source>Cash out...</source>
        <translation>取出现金...</translation>
    </message>
    <message>
        <source>Open drawer (no sale)</source>
        <translation>打开钱箱（无销售）</translation>
    </message>
    <message>
        <source>Close shift (Z)...</source>
        <translation>结班（Z）...</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>无法操作</translation>
    </message>
    <message>
        <source>Finish, park or void the current sale before logging out.</source>
        <translation>退出登录前，请完成、挂起或作废当前销售。</translation>
    </message>
    <message>
        <source>Finish, park or void the current sale first.</source>
        <translation>请先完成、挂起或作废当前销售。</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z 报表</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Finish the current sale first.</source>
        <translation>请先完成当前销售。</translation>
    </message>
    <message>
        <source>Store %1, till %2</source>
        <translation>门店 %1，收银台 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Shift %1 open</source>
        <translation>班次 %1 已开</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>未开班</translation>
    </message>
    <message>
        <source>TRAINING MODE</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <source>OmniTill - %1</source>
        <translation>OmniTill - %1</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>收银机(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Finish, park or void the current sale before closing OmniTill.</source>
        <translation>关闭 OmniTill 前，请完成、挂起或作废当前销售。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Not connected to a hub; waiting: %1</source>
        <translation>未连接中心；等待发送：%1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>等待发送：%1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>retry in %1 s: %2</source>
        <translation>%1 秒后重试：%2</translation>
    </message>
    <message>
        <source>Sync console...</source>
        <translation>同步控制台...</translation>
    </message>
    <message>
        <source>Catalog: %1 of about %2</source>
        <translation>商品目录：%1 / 约 %2</translation>
    </message>
    <message>
        <source>Devices...</source>
        <translation>设备...</translation>
    </message>
    <message>
        <source>Pickup desk</source>
        <translation>自提柜台</translation>
    </message>
    <message>
        <source>Manager&apos;s console...</source>
        <translation>店长控制台...</translation>
    </message>
    <message>
        <source>The manager&apos;s console needs a manager&apos;s PIN.</source>
        <translation>店长控制台需要店长 PIN。</translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation>%1 不是店长。</translation>
    </message>
    <message>
        <source>Enter: add the scanned or typed code, or pay when the field is empty
F2: quantity   F3: line discount   Shift+F3: sale discount
F4 or Delete: void line   F5: subtotal   F6: park sale   F7: resume sale
F8: price override   F9: void sale   F10: last receipt   F12: pay   Ctrl+M: member
Ctrl+E: return (or scan the receipt&apos;s QR)   Ctrl+G: gift card   Ctrl+P: redeem points   Ctrl+K: pickup desk
Ctrl+Shift+A: order the selected item from another store   Ctrl+Shift+M: manager&apos;s console
Up/Down: select a line   F11: X report   Ctrl+I/Ctrl+O: cash in/out   Ctrl+R: sync now
Ctrl+Shift+R: sync console (manager)   Ctrl+Shift+D: devices (manager)
Ctrl+D: open drawer   Ctrl+T: training mode   Ctrl+Shift+Z: close shift   Ctrl+L: log out
In payment: F1 cash, F2 exact cash, F3 card, F4 QR, Esc back</source>
        <translation>Enter：添加扫描或输入的编码；输入框为空时付款
F2：数量   F3：单品折扣   Shift+F3：整单折扣
F4 或 Delete：作废单行   F5：小计   F6：挂起销售   F7：恢复销售
F8：改价   F9：作废整单   F10：上一张小票   F12：付款   Ctrl+M：会员
Ctrl+E：退货（或扫描小票二维码）   Ctrl+G：礼品卡   Ctrl+P：积分抵扣   Ctrl+K：自提柜台
Ctrl+Shift+A：从其他门店订购所选商品   Ctrl+Shift+M：店长控制台
上/下：选择行   F11：X 报表   Ctrl+I/Ctrl+O：存入/取出现金   Ctrl+R：立即同步
Ctrl+Shift+R：同步控制台（经理）   Ctrl+Shift+D：设备（经理）
Ctrl+D：打开钱箱   Ctrl+T：培训模式   Ctrl+Shift+Z：结班   Ctrl+L：退出登录
付款时：F1 现金，F2 现金正好，F3 银行卡，F4 二维码，Esc 返回</translation>
    </message>
    <message>
        <source>A barcode was scanned into an amount field and ignored: type the amount.</source>
        <translation>条码被扫进了金额栏，已忽略：请手动输入金额。</translation>
    </message>
    <message>
        <source>Is %1 right?</source>
        <translation>%1 正确吗？</translation>
    </message>
    <message>
        <source>Store database damaged</source>
        <translation>门店数据库已损坏</translation>
    </message>
    <message>
        <source>Settle card payments</source>
        <translation>处理未决刷卡付款</translation>
    </message>
    <message>
        <source>No card terminal is set up at this till.</source>
        <translation>此收银机未设置刷卡终端。</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>刷卡付款</translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) settled.</source>
        <translation>
            <numerusform>已处理 %n 笔刷卡付款。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open: the terminal cannot tell yet.</source>
        <translation>
            <numerusform>%n 笔仍未决：终端暂时无法确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>None is open.</source>
        <translation>没有未决的付款。</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ManagerPage</name>
    <message>
        <source>Manager&apos;s console — %1</source>
        <translation>店长控制台 — %1</translation>
    </message>
    <message>
        <source>&amp;Back to the till</source>
        <translation>返回收银台(&amp;B)</translation>
    </message>
    <message>
        <source>Stoc&amp;k</source>
        <translation>库存(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>盘点(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>申请(&amp;Q)</translation>
    </message>
    <message>
        <source>Manager&apos;s console</source>
        <translation>店长控制台</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>到期(&amp;X)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>报表(&amp;P)</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::NumericKeypad</name>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位数字</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::OnScreenKeyboard</name>
    <message>
        <source>Change keyboard: Latin, Cyrillic or digits</source>
        <translation>切换键盘：拉丁字母、西里尔字母或数字</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>删除最后一个字母</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::PageWidgets</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Amount (empty = what is left to pay)</source>
        <translation>金额（留空 = 剩余应付）</translation>
    </message>
    <message>
        <source>Cash (F1)</source>
        <translation>现金（F1）</translation>
    </message>
    <message>
        <source>Exact cash (F2)</source>
        <translation>现金正好（F2）</translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation>刷卡终端</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>卡组织</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation>卡号后 4 位</translation>
    </message>
    <message>
        <source>Card paid (F3)</source>
        <translation>已刷卡（F3）</translation>
    </message>
    <message>
        <source>Show payment QR (F4)</source>
        <translation>显示付款二维码（F4）</translation>
    </message>
    <message>
        <source>QR payment received</source>
        <translation>已收到二维码付款</translation>
    </message>
    <message>
        <source>Remove last payment</source>
        <translation>撤销上一笔付款</translation>
    </message>
    <message>
        <source>Back to sale (Esc)</source>
        <translation>返回销售（Esc）</translation>
    </message>
    <message>
        <source>A QR payment cannot exceed the amount due</source>
        <translation>二维码支付不能超过应付金额</translation>
    </message>
    <message>
        <source>Ask the customer to scan the code and pay %1</source>
        <translation>请顾客扫码支付 %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation>待付 %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <source>Gift card or store credit number</source>
        <translation>礼品卡或店铺储值卡号</translation>
    </message>
    <message>
        <source>Gift card (F6)</source>
        <translation>礼品卡 (F6)</translation>
    </message>
    <message>
        <source>Gift cards are not accepted here</source>
        <translation>此处不接受礼品卡</translation>
    </message>
    <message>
        <source>Cancel on the terminal</source>
        <translation>在终端上取消</translation>
    </message>
    <message>
        <source>Card on the terminal (F3)</source>
        <translation>终端刷卡 (F3)</translation>
    </message>
    <message>
        <source>Terminal ready</source>
        <translation>终端就绪</translation>
    </message>
    <message>
        <source>A card payment cannot exceed the amount due</source>
        <translation>刷卡金额不能超过应付金额</translation>
    </message>
    <message>
        <source>Amount %1 sent to the card terminal</source>
        <translation>已将金额 %1 发送到刷卡终端</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>Reversing the card payment on the terminal…</source>
        <translation>正在终端上撤销刷卡付款…</translation>
    </message>
    <message>
        <source>Not reversed</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <source>The card terminal could not reverse the card payment. Try again, or finish the sale with it.</source>
        <translation>刷卡终端无法撤销此笔刷卡付款。请重试，或用它完成这笔销售。</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>The card terminal did not confirm the payment. Check its last receipt before taking the card again; settle card payments from the Till menu once it answers.</source>
        <translation>刷卡终端未确认付款。再次刷卡前请检查终端的最后一张小票；终端恢复响应后，请在“收银机”菜单中处理刷卡付款。</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::PickupPage</name>
    <message>
        <source>Paid online</source>
        <translation>已在线支付</translation>
    </message>
    <message>
        <source>Pay at pickup</source>
        <translation>取货时付款</translation>
    </message>
    <message>
        <source>Choose an order, or scan the customer&apos;s pickup code</source>
        <translation>请选择订单，或扫描顾客的取货码</translation>
    </message>
    <message>
        <source>Order %1 - %2 - %3</source>
        <translation>订单 %1 - %2 - %3</translation>
    </message>
    <message>
        <source>Paid online: %1</source>
        <translation>已在线支付：%1</translation>
    </message>
    <message>
        <source>Pay at pickup: %1</source>
        <translation>取货时付款：%1</translation>
    </message>
    <message>
        <source>Substitute: %1 x %2 (%3)</source>
        <translation>替代：%1 × %2（%3）</translation>
    </message>
    <message>
        <source>Short, agreed: %1</source>
        <translation>缺货，已同意：%1</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <source>Refused at hand-over</source>
        <translation>交付时拒收</translation>
    </message>
    <message>
        <source>Pickup code of order %1 checked</source>
        <translation>订单 %1 的取货码已核验</translation>
    </message>
    <message>
        <source>Choose the order to pick first</source>
        <translation>请先选择要拣货的订单</translation>
    </message>
    <message>
        <source>%1: %2 of %3 picked</source>
        <translation>%1：已拣 %2 / %3</translation>
    </message>
    <message>
        <source>Choose the line first</source>
        <translation>请先选择一行</translation>
    </message>
    <message>
        <source>Short pick</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>How did the customer agree to receive less?</source>
        <translation>顾客如何同意少收货？</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <source>Short pick recorded</source>
        <translation>已记录缺货</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>替代</translation>
    </message>
    <message>
        <source>Scan or type the substitute&apos;s barcode</source>
        <translation>扫描或输入替代品的条码</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>数量？</translation>
    </message>
    <message>
        <source>How did the customer agree to the substitute?</source>
        <translation>顾客如何同意替代？</translation>
    </message>
    <message>
        <source>Substitute recorded</source>
        <translation>已记录替代</translation>
    </message>
    <message>
        <source>Line put back: pick it again</source>
        <translation>已撤回该行：请重新拣货</translation>
    </message>
    <message>
        <source>Ready: the shop will tell the customer</source>
        <translation>已备好：网店将通知顾客</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s pickup code, or type the last four digits of their phone number</source>
        <translation>请扫描顾客的取货码，或输入其手机号后四位</translation>
    </message>
    <message>
        <source>The digits do not match order %1</source>
        <translation>数字与订单 %1 不符</translation>
    </message>
    <message>
        <source>Hand over order %1</source>
        <translation>交付订单 %1</translation>
    </message>
    <message>
        <source>Untick what the customer does not take:</source>
        <translation>取消勾选顾客不要的商品：</translation>
    </message>
    <message>
        <source>I checked the customer&apos;s proof of age</source>
        <translation>我已核验顾客的年龄证明</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Order %1 handed over</source>
        <translation>订单 %1 已交付</translation>
    </message>
    <message>
        <source>- receipt %1, change %2</source>
        <translation>- 小票 %1，找零 %2</translation>
    </message>
    <message>
        <source>- the shop refunds %1 to the customer</source>
        <translation>- 网店将向顾客退款 %1</translation>
    </message>
    <message>
        <source>Back to stock: put the goods back on the shelves</source>
        <translation>退回库存：请将商品放回货架</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Order number, customer name or phone</source>
        <translation>订单号、顾客姓名或电话</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>查找订单</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成订单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Show orders</source>
        <translation>显示订单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Online orders</source>
        <translation>线上订单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>Scan an item to pick it, or the customer&apos;s pickup code</source>
        <translation>扫描商品以拣货，或扫描顾客的取货码</translation>
    </message>
    <message>
        <source>Scan items or pickup code</source>
        <translation>扫描商品或取货码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>How many grams?</source>
        <translation>多少克？</translation>
    </message>
    <message>
        <source>Pick every line first, or record the customer&apos;s consent to a short pick</source>
        <translation>请先拣齐所有商品，或记录顾客同意少拣</translation>
    </message>
    <message>
        <source>Order %1 is paid here: open the till&apos;s shift first (count the float).</source>
        <translation>订单 %1 在此付款：请先开班（清点备用金）。</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <source>%1 × %2 - %3</source>
        <translation>%1 × %2 - %3</translation>
    </message>
    <message>
        <source>Short &amp;pick...</source>
        <translation>缺货(&amp;P)...</translation>
    </message>
    <message>
        <source>Subst&amp;itute...</source>
        <translation>替代(&amp;I)...</translation>
    </message>
    <message>
        <source>Put line bac&amp;k</source>
        <translation>撤回该行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>已备好(&amp;R)</translation>
    </message>
    <message>
        <source>Hand &amp;over...</source>
        <translation>交付(&amp;O)...</translation>
    </message>
    <message>
        <source>Ret&amp;urn to stock...</source>
        <translation>退回库存(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Back to the till</source>
        <translation>返回收银(&amp;B)</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ReportsTab</name>
    <message>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助机</translation>
    </message>
    <message>
        <source>Pickup desk</source>
        <translation>自提柜台</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品数</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>小票数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>成本价值</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Nothing sold in this period.</source>
        <translation>此期间没有销售。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Sales by hour</source>
        <translation>按小时销售</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>按品类销售</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>按渠道销售</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>按收银员销售</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>畅销商品</translation>
    </message>
    <message>
        <source>Stock value by category</source>
        <translation>按品类的库存价值</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation>最近 28 天</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>报表表格</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>销售额（扣除退货）</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code, or type the receipt id or number</source>
        <translation>扫描小票二维码，或输入小票编号</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>已退</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>The way it was paid</source>
        <translation>按原付款方式</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>商店储值</translation>
    </message>
    <message>
        <source>Cash (a supervisor approves)</source>
        <translation>现金（需主管批准）</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>退款至</translation>
    </message>
    <message>
        <source>Card presented, last 4 digits</source>
        <translation>出示的卡号后 4 位</translation>
    </message>
    <message>
        <source>Terminal refund approval code</source>
        <translation>终端退款授权码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No sale of this till has that receipt number; scan the receipt&apos;s QR code or type its full id</source>
        <translation>本收银台没有该小票号的销售；请扫描小票二维码或输入完整编号</translation>
    </message>
    <message>
        <source>Receipt %1 is not from this till, and the till is not connected to a hub</source>
        <translation>小票 %1 不是本收银台的，且本收银台未连接中心</translation>
    </message>
    <message>
        <source>Asking the hub for receipt %1...</source>
        <translation>正在向中心查询小票 %1...</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, store %3, till %4: %5%6</source>
        <translation>小票 %1，%2，门店 %3，收银台 %4：%5%6</translation>
    </message>
    <message>
        <source>, member %1</source>
        <translation>，会员 %1</translation>
    </message>
    <message>
        <source>How many of %1 come back</source>
        <translation>%1 退回多少</translation>
    </message>
    <message>
        <source>Where %1 goes</source>
        <translation>%1 的去向</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>退回供应商</translation>
    </message>
    <message>
        <source>Choose what comes back</source>
        <translation>请选择退回的商品</translation>
    </message>
    <message>
        <source>The returned goods carried %1.</source>
        <translation>退回商品对应金额 %1。</translation>
    </message>
    <message>
        <source>%1: %2 less, as the goods kept no longer get it in full</source>
        <translation>%1：少退 %2，因为保留的商品不再完全享受该促销</translation>
    </message>
    <message>
        <source>Other adjustments</source>
        <translation>其他调整</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>退款：%1</translation>
    </message>
    <message>
        <source>%1 points earned on them are taken back.</source>
        <translation>扣回其获得的 %1 积分。</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>无小票</translation>
    </message>
    <message>
        <source>Return against it offline</source>
        <translation>离线按此小票退货</translation>
    </message>
    <message>
        <source>Scan the items that come back</source>
        <translation>请扫描退回的商品</translation>
    </message>
    <message>
        <source>Without a receipt: today&apos;s prices, a manager approves, a reason is needed, refunded as store credit</source>
        <translation>无小票：按今日价格，需经理批准并说明原因，退为商店储值</translation>
    </message>
    <message>
        <source>Receipt %1 of another till, without the hub: scan the goods; a supervisor approves and the hub checks it later</source>
        <translation>其他收银台的小票 %1，无法连接中心：请扫描商品；需主管批准，中心稍后核对</translation>
    </message>
    <message>
        <source>Refund at today&apos;s prices: %1</source>
        <translation>按今日价格退款：%1</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Exchange for the sale in progress (%1)</source>
        <translation>抵扣当前销售（%1）</translation>
    </message>
    <message>
        <source>Refund (F12)</source>
        <translation>退款 (F12)</translation>
    </message>
    <message>
        <source>Refund of %1 on the card terminal: the customer presents the card that paid</source>
        <translation>在刷卡终端上退款 %1：顾客出示付款时使用的卡</translation>
    </message>
    <message>
        <source>The refund was reversed on the card terminal.</source>
        <translation>退款已在刷卡终端上撤销。</translation>
    </message>
    <message>
        <source>The card terminal did not confirm the refund; settle card payments from the Till menu once it answers (the till also does when it restarts).</source>
        <translation>刷卡终端未确认退款；终端恢复响应后，请在“收银机”菜单中处理刷卡付款（收银机重启时也会处理）。</translation>
    </message>
    <message>
        <source>The refund could not be reversed on the card terminal; settle card payments from the Till menu once it answers.</source>
        <translation>无法在刷卡终端上撤销退款；终端恢复响应后，请在“收银机”菜单中处理刷卡付款。</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ShiftCloseDialog</name>
    <message>
        <source>Close shift: count the drawer</source>
        <translation>结班：清点钱箱</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>已清点：%1</translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation>刷卡终端</translation>
    </message>
    <message>
        <source>Run the card terminal&apos;s end of day</source>
        <translation>执行刷卡终端日结</translation>
    </message>
    <message>
        <source>The card terminal is closing its day…</source>
        <translation>刷卡终端正在日结…</translation>
    </message>
    <message>
        <source>The card terminal&apos;s end of day failed: %1</source>
        <translation>刷卡终端日结失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Terminal: %1 in %n payment(s)</source>
        <translation>
            <numerusform>终端：%1，共 %n 笔付款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Till: %1 in %n card payment(s)</source>
        <translation>
            <numerusform>收银台：%1，共 %n 笔刷卡付款</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference: %1 - check the terminal&apos;s slip against the till&apos;s card payments</source>
        <translation>差额：%1 — 请将终端小票与收银台的刷卡付款核对</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>无差额</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ShiftOpenPage</name>
    <message>
        <source>%1, no shift is open. Count the cash in the drawer and enter the float (%2):</source>
        <translation>%1，当前没有开班。请清点钱箱现金并输入备用金（%2）：</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Confirm the float</source>
        <translation>确认备用金</translation>
    </message>
    <message>
        <source>Open the shift with a float of %1?</source>
        <translation>以 %1 备用金开班？</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::StockCountTab</name>
    <message>
        <source>Start a count before scanning.</source>
        <translation>请先开始盘点再扫描。</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>已清点：%1</translation>
    </message>
    <message>
        <source>Count started: scan every item on the shelves.</source>
        <translation>盘点已开始：请扫描货架上的每件商品。</translation>
    </message>
    <message>
        <source>Select a counted product first.</source>
        <translation>请先选择已清点的商品。</translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation>清点数量</translation>
    </message>
    <message>
        <source>How many are on the shelf?</source>
        <translation>货架上有多少？</translation>
    </message>
    <message>
        <source>Count closed: check the variances, then approve.</source>
        <translation>盘点已关闭：请核对差异后批准。</translation>
    </message>
    <message numerus="yes">
        <source>Count approved: %n product(s) adjusted.</source>
        <translation>
            <numerusform>盘点已批准：调整了 %n 种商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Count cancelled; the stock is unchanged.</source>
        <translation>盘点已取消；库存未变。</translation>
    </message>
    <message>
        <source>No count in progress.</source>
        <translation>没有进行中的盘点。</translation>
    </message>
    <message>
        <source>Blind count open since %1: expected quantities show once it is closed.</source>
        <translation>盲盘自 %1 起进行中：关闭后才显示账面数量。</translation>
    </message>
    <message>
        <source>Count open since %1.</source>
        <translation>盘点自 %1 起进行中。</translation>
    </message>
    <message>
        <source>Count closed: waiting for a manager&apos;s approval.</source>
        <translation>盘点已关闭：等待店长批准。</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) counted, %1 with a variance; net %2 at cost</source>
        <translation>
            <numerusform>已清点 %n 种商品，%1 种有差异；按成本净额 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) counted</source>
        <translation>
            <numerusform>已清点 %n 种商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Counters do not see the expected quantities until the count is closed</source>
        <translation>盘点关闭前，盘点人员看不到账面数量</translation>
    </message>
    <message>
        <source>&amp;Start count</source>
        <translation>开始盘点(&amp;S)</translation>
    </message>
    <message>
        <source>Sc&amp;an:</source>
        <translation>扫描(&amp;A)：</translation>
    </message>
    <message>
        <source>Scan each item, or a case&apos;s GS1 label</source>
        <translation>扫描每件商品，或整箱的 GS1 标签</translation>
    </message>
    <message>
        <source>Scan an item to count it</source>
        <translation>扫描商品进行清点</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已清点</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Counted products</source>
        <translation>已清点商品</translation>
    </message>
    <message>
        <source>Ca&amp;ncel count</source>
        <translation>取消盘点(&amp;N)</translation>
    </message>
    <message>
        <source>Approve the count</source>
        <translation>审批盘点</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will be written down, a loss of %1 at cost. Approve?</source>
        <translation>
            <numerusform>将核减 %n 种商品，按成本损失 %1。是否审批？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will be adjusted, net %1 at cost. Approve?</source>
        <translation>
            <numerusform>将调整 %n 种商品，按成本净额 %1。是否审批？</numerusform>
        </translation>
    </message>
    <message>
        <source>Bl&amp;ind count</source>
        <translation>盲盘(&amp;I)</translation>
    </message>
    <message>
        <source>Type q&amp;uantity...</source>
        <translation>输入数量(&amp;U)...</translation>
    </message>
    <message>
        <source>Clos&amp;e count</source>
        <translation>关闭盘点(&amp;E)</translation>
    </message>
    <message>
        <source>Appro&amp;ve variances</source>
        <translation>批准差异(&amp;V)</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::StockRequestsTab</name>
    <message>
        <source>waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Nothing to order: every product is above its restocking point.</source>
        <translation>无需订货：所有商品都高于补货点。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) suggested; change the quantities as needed.</source>
        <translation>
            <numerusform>建议了 %n 种商品；可按需修改数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <source>Type a whole quantity for %1</source>
        <translation>请为 %1 输入整数数量</translation>
    </message>
    <message>
        <source>Request %1 is on its way to the hub.</source>
        <translation>申请 %1 正在发往中心。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Received into stock.</source>
        <translation>已入库。</translation>
    </message>
    <message numerus="yes">
        <source>Received, with %n difference(s) from the shipment recorded for the hub.</source>
        <translation>
            <numerusform>已收货；与发货的 %n 处差异已记录并发往中心。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped: the goods have left this store&apos;s stock.</source>
        <translation>已发货：商品已从本店库存扣除。</translation>
    </message>
    <message>
        <source>Refuse the transfer</source>
        <translation>拒绝调拨</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <source>Transfer refused.</source>
        <translation>调拨已拒绝。</translation>
    </message>
    <message>
        <source>Request cancelled.</source>
        <translation>申请已取消。</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>replenishment</source>
        <translation>补货</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Lines of the new request; the quantity can be edited</source>
        <translation>新申请的明细；数量可编辑</translation>
    </message>
    <message>
        <source>&amp;Add item:</source>
        <translation>添加商品(&amp;A)：</translation>
    </message>
    <message>
        <source>Scan or type a barcode</source>
        <translation>扫描或输入条码</translation>
    </message>
    <message>
        <source>Add an item to the new request</source>
        <translation>向新申请添加商品</translation>
    </message>
    <message>
        <source>Note for the warehouse (optional)</source>
        <translation>给仓库的备注（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Suggest quantities</source>
        <translation>建议数量(&amp;S)</translation>
    </message>
    <message>
        <source>Send to &amp;warehouse</source>
        <translation>发送到仓库(&amp;W)</translation>
    </message>
    <message>
        <source>Store to transfer from</source>
        <translation>调出门店</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Stock requests</source>
        <translation>补货申请</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请数</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准数</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收货数</translation>
    </message>
    <message>
        <source>Quantity now</source>
        <translation>本次数量</translation>
    </message>
    <message>
        <source>Lines of the selected request</source>
        <translation>所选申请的明细</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>收货(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fuse transfer</source>
        <translation>拒绝调拨(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>取消申请(&amp;C)</translation>
    </message>
    <message>
        <source>Delivery without a request</source>
        <translation>无申请的到货</translation>
    </message>
    <message>
        <source>Why is it taken in (supplier, note)?</source>
        <translation>为何收货（供应商、单据）？</translation>
    </message>
    <message>
        <source>Delivery taken into stock.</source>
        <translation>到货已入库。</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Recei&amp;ve without a request...</source>
        <translation>无申请收货(&amp;V)...</translation>
    </message>
    <message>
        <source>Takes these lines into stock at the unit costs shown, with a reason</source>
        <translation>按所示单位成本将这些行入库，并注明原因</translation>
    </message>
    <message>
        <source>Type the expiry of %1 as YYYY-MM-DD</source>
        <translation>请按 YYYY-MM-DD 输入 %1 的到期日</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Expiry (YYYY-MM-DD)</source>
        <translation>到期日 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Type the unit cost of %1 as an amount, e.g. 3.47</source>
        <translation>请以金额输入 %1 的单位成本，例如 3.47</translation>
    </message>
    <message>
        <source>Ask store for a tra&amp;nsfer</source>
        <translation>向门店申请调拨(&amp;N)</translation>
    </message>
    <message>
        <source>Sh&amp;ip transfer</source>
        <translation>调拨发货(&amp;I)</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::StockTab</name>
    <message>
        <source>Opening stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation>顾客退货</translation>
    </message>
    <message>
        <source>Online order handed over</source>
        <translation>线上订单已交付</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>商品收货</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>调入</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>调出</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Written off (damaged)</source>
        <translation>报损（损坏）</translation>
    </message>
    <message>
        <source>Back to the supplier</source>
        <translation>退回供应商</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) listed, worth %1 at cost</source>
        <translation>
            <numerusform>列出 %n 种商品，按成本计 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3 on hand</source>
        <translation>%1 — %2：现有 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Other stores: none had it at the last sync</source>
        <translation>其他门店：上次同步时均无此商品</translation>
    </message>
    <message>
        <source>Other stores (at the last sync): %1</source>
        <translation>其他门店（上次同步时）：%1</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>SKU、条码或名称</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>查找商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stock by product</source>
        <translation>按商品的库存</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Movements of the selected product</source>
        <translation>所选商品的库存变动</translation>
    </message>
    <message>
        <source>Select a product to see its movements.</source>
        <translation>选择商品以查看其库存变动。</translation>
    </message>
    <message>
        <source>(the first %1 of %2: type a name, SKU or barcode to narrow the list)</source>
        <translation>（%2 个中的前 %1 个：输入名称、货号或条码以缩小范围）</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::StoreDevices</name>
    <message>
        <source>Welcome!</source>
        <translation>欢迎光临！</translation>
    </message>
    <message>
        <source>drawer open</source>
        <translation>钱箱已打开</translation>
    </message>
    <message>
        <source>No scale is connected</source>
        <translation>未连接秤</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Pay by QR</source>
        <translation>扫码支付</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>谢谢惠顾！</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <source>receipts waiting to print: %1</source>
        <translation>待打印小票：%1</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::SyncConsoleDialog</name>
    <message>
        <source>Sync console</source>
        <translation>同步控制台</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Waiting events (%1)</source>
        <translation>等待中的事件（%1）</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>This till is not connected to a hub: everything waits here until it is enrolled.</source>
        <translation>此收银台未连接中心：所有数据都在本机等待，直到完成注册。</translation>
    </message>
    <message>
        <source>Synchronising now...</source>
        <translation>正在同步...</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>最近一次成功同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last error: %1 (next attempt in %2 s)</source>
        <translation>最近错误：%1（%2 秒后重试）</translation>
    </message>
    <message>
        <source>%1 events wait for the hub; %2 of them were sent without being confirmed.</source>
        <translation>%1 个事件等待发送到中心；其中 %2 个已发送但未确认。</translation>
    </message>
    <message>
        <source>The oldest %1 are listed.</source>
        <translation>仅列出最早的 %1 个。</translation>
    </message>
</context>
<context>
    <name>omnitillctl</name>
    <message>
        <source>The damaged file passes SQLite&apos;s integrity check now; it was recovered all the same.</source>
        <translation>损坏的文件现在通过了 SQLite 完整性检查；仍已进行恢复。</translation>
    </message>
    <message>
        <source>damage: </source>
        <translation>损坏：</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged stretch(es) of rows lost</source>
        <translation>
            <numerusform>丢失 %n 段损坏的行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 salvaged rows broke a rule and were left out</source>
        <translation>%1 行违反规则，未被保留</translation>
    </message>
    <message>
        <source>%1 rows refer to a row that was lost.</source>
        <translation>%1 行引用了已丢失的行。</translation>
    </message>
    <message>
        <source>Journal: %1 entries, chain and signatures intact.</source>
        <translation>日志：%1 条记录，链和签名完好。</translation>
    </message>
    <message>
        <source>Journal: BROKEN at entry %1: %2. Keep the damaged file for the auditor.</source>
        <translation>日志：在第 %1 条记录处断裂：%2。请为审计人员保留损坏的文件。</translation>
    </message>
    <message>
        <source>%1 events are still to be sent to the hub.</source>
        <translation>仍有 %1 个事件待发送到中心。</translation>
    </message>
    <message>
        <source>Reference data (catalog, promotions, members, staff) is fetched again from the hub at the next sync.</source>
        <translation>参考数据（商品目录、促销、会员、员工）将在下次同步时从中心重新获取。</translation>
    </message>
    <message>
        <source>Recovered store: %1. Keep the damaged file; put the recovered one in its place before starting the till.</source>
        <translation>已恢复的门店数据：%1。请保留损坏的文件；启动收银台前用恢复的文件替换它。</translation>
    </message>
    <message>
        <source>New store file for what can be recovered.</source>
        <translation>用于存放可恢复内容的新门店文件。</translation>
    </message>
    <message>
        <source>Recovers what can be read from a damaged store database into a new file.</source>
        <translation>将损坏的门店数据库中可读取的内容恢复到新文件。</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>需要 --out FILE</translation>
    </message>
    <message>
        <source>The recovered store fails SQLite&apos;s integrity check: </source>
        <translation>恢复的门店数据未通过 SQLite 完整性检查：</translation>
    </message>
</context>
</TS>
