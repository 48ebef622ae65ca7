<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BankAccount</name>
    <message>
        <source>A corporate account number has 10 to 30 digits; this one has %1.</source>
        <comment>@info validation</comment>
        <translation>对公账户账号应为 10 到 30 位数字，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Enter the corporate account number.</source>
        <comment>@info validation</comment>
        <translation>请输入对公账户账号。</translation>
    </message>
    <message>
        <source>An account number has digits only; %1 is not a digit.</source>
        <comment>@info validation</comment>
        <translation>账号只能包含数字，%1 不是数字。</translation>
    </message>
</context>
<context>
    <name>BusinessLicenceNumber</name>
    <message>
        <source>Enter the business-licence registration number.</source>
        <comment>@info validation</comment>
        <translation>请输入营业执照注册号。</translation>
    </message>
    <message>
        <source>A business-licence registration number has 15 digits; this one has %1.</source>
        <comment>@info validation</comment>
        <translation>营业执照注册号应为 15 位数字，当前为 %1 位。</translation>
    </message>
    <message>
        <source>The character %1 at position %2 is not a digit; a registration number has digits only.</source>
        <comment>@info validation</comment>
        <translation>第 %2 位的字符 %1 不是数字，注册号只能由数字组成。</translation>
    </message>
    <message>
        <source>The last digit should be &apos;%1&apos;, not &apos;%2&apos;. Compare the number with the business licence.</source>
        <comment>@info validation</comment>
        <translation>最后一位应为“%1”，而不是“%2”。请对照营业执照核对号码。</translation>
    </message>
</context>
<context>
    <name>Callout</name>
    <message>
        <source>Danger</source>
        <comment>@title callout level</comment>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>@title callout level</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Caution</source>
        <comment>@title callout level</comment>
        <translation>注意</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@title callout level</comment>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CertificationPage</name>
    <message>
        <source>Turn the account into a Finance Cloud customer account.</source>
        <comment>@title</comment>
        <translation>将账号认证为金融云客户账号。</translation>
    </message>
    <message>
        <source>Only a certified account can buy and use Finance Cloud products. Certification needs the enterprise (or government) verification of step 2.</source>
        <comment>@info</comment>
        <translation>只有通过金融云认证的账号才能购买和使用金融云产品。申请前需先完成第 2 步的企业（或政府）实名认证。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The account must hold no public-cloud resources when you apply.&lt;/b&gt; If it still holds any (servers, databases or anything else, running or stopped), the account can no longer open the Alibaba Cloud console once it is certified. Release them, or apply with a new account.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;申请时，账号名下不能有任何公共云资源。&lt;/b&gt;如果仍有资源（服务器、数据库或其他任何资源，无论是否在运行），认证完成后该账号将无法再进入阿里云控制台。请先释放这些资源，或改用新账号申请。</translation>
    </message>
    <message>
        <source>Sign in to www.aliyun.com and choose, in the top menu:</source>
        <comment>@info</comment>
        <translation>登录 www.aliyun.com 后，在顶部菜单中依次选择：</translation>
    </message>
    <message>
        <source>&amp;Open www.aliyun.com in the browser</source>
        <comment>@action:button</comment>
        <translation>在浏览器中打开 www.aliyun.com(&amp;O)</translation>
    </message>
    <message>
        <source>The confirmation cannot be withdrawn while the step is submitted or done. Set the status back first.</source>
        <comment>@info</comment>
        <translation>本步骤处于已提交或已完成状态时，不能撤销此确认。请先将步骤状态改回。</translation>
    </message>
    <message>
        <source>Submission outcome</source>
        <comment>@label:listbox</comment>
        <translation>提交结果</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <comment>@item:inlistbox outcome</comment>
        <translation>尚未提交</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>@item:inlistbox outcome</comment>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>@item:inlistbox outcome</comment>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Refused: the account holds public-cloud resources</source>
        <comment>@item:inlistbox outcome</comment>
        <translation>被拒绝：账号名下有公共云资源</translation>
    </message>
    <message>
        <source>Submission failed for another reason</source>
        <comment>@item:inlistbox outcome</comment>
        <translation>因其他原因提交失败</translation>
    </message>
    <message>
        <source>Finance Cloud is a dedicated cluster, isolated from the public cloud. Register a new account (step 1), verify it (step 2) and apply with that one.</source>
        <comment>@info</comment>
        <translation>金融云是与公共云隔离的专属集群。请注册一个新账号（第 1 步），为其完成实名认证（第 2 步），再用这个新账号申请。</translation>
    </message>
    <message>
        <source>If the submission fails, write to jr@service.alibaba.com.</source>
        <comment>@info</comment>
        <translation>如果提交失败，请发邮件至 jr@service.alibaba.com。</translation>
    </message>
    <message>
        <source>Finance Cloud is a dedicated cluster, completely isolated from the public cloud. Register a new account and apply with it.</source>
        <comment>@info FAQ</comment>
        <translation>金融云运行在专属集群中，和公共云之间完全隔离。请另行注册一个新账号，再用它提交申请。</translation>
    </message>
    <message>
        <source>Whom do we contact when the submission fails?</source>
        <comment>@info FAQ</comment>
        <translation>提交失败时应联系谁？</translation>
    </message>
    <message>
        <source>Write to jr@service.alibaba.com.</source>
        <comment>@info FAQ</comment>
        <translation>请发邮件至 jr@service.alibaba.com。</translation>
    </message>
    <message>
        <source>I have checked: this account holds no &amp;public-cloud resources</source>
        <comment>@option:check</comment>
        <translation>我已确认：此账号名下没有公共云资源(&amp;P)</translation>
    </message>
    <message>
        <source>Submission o&amp;utcome:</source>
        <comment>@label:listbox</comment>
        <translation>提交结果(&amp;U)：</translation>
    </message>
    <message>
        <source>The application says we hold public-cloud resources and should apply with a new account. What does that mean?</source>
        <comment>@info FAQ</comment>
        <translation>申请时提示我们持有公共云资源，应改用新账号申请，这是什么意思？</translation>
    </message>
</context>
<context>
    <name>CheckDataCommand</name>
    <message>
        <source>ok</source>
        <comment>@info verdict</comment>
        <translation>通过</translation>
    </message>
    <message>
        <source>note</source>
        <comment>@info verdict</comment>
        <translation>说明</translation>
    </message>
    <message>
        <source>WARNING</source>
        <comment>@info verdict</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>ERROR</source>
        <comment>@info verdict</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>CloudCommands</name>
    <message numerus="yes">
        <source>No ECS or RDS instances are visible to this key in %n public-cloud region(s). That is not proof that the account holds none: the key of a RAM user without read permission sees empty lists too. Check with the main account&apos;s key or in the console before applying.</source>
        <comment>@info verdict</comment>
        <translation>
            <numerusform>在 %n 个公共云地域中，此 AccessKey 看不到任何 ECS 或 RDS 实例。但这并不能证明账号名下没有实例：没有读取权限的 RAM 用户的 AccessKey 看到的列表同样为空。申请前请使用主账号的 AccessKey 或在控制台中核实。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Public-cloud resources found: %n instance(s). An account that holds public-cloud resources cannot pass Finance Cloud certification; release them, or apply with a new account.</source>
        <comment>@info verdict</comment>
        <translation>
            <numerusform>发现公共云资源：%n 个实例。持有公共云资源的账号无法通过金融云认证；请先释放这些资源，或改用新账号申请。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check could not be completed: %n part(s) could not be read (see below). Nothing can be said yet about the parts that are missing.</source>
        <comment>@info verdict</comment>
        <translation>
            <numerusform>检查未能完成：有 %n 项无法读取（见下文）。缺失部分的情况暂时无法确定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Public-cloud instances visible to the AccessKey %1</source>
        <comment>@title</comment>
        <translation>AccessKey %1 可见的公共云实例</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>@title column</comment>
        <translation>地域</translation>
    </message>
    <message>
        <source>1 zone live</source>
        <comment>@info zones command</comment>
        <translation>当前 1 个可用区</translation>
    </message>
    <message>
        <source>%1 zones live</source>
        <comment>@info zones command</comment>
        <translation>当前 %1 个可用区</translation>
    </message>
    <message>
        <source>%1 in version %2 of the guide</source>
        <comment>@info zones command, %1 a number</comment>
        <translation>指南（版本 %2）中为 %1 个</translation>
    </message>
    <message>
        <source>not in the guide</source>
        <comment>@info zones command</comment>
        <translation>指南中没有此地域</translation>
    </message>
</context>
<context>
    <name>CloudCredentials</name>
    <message>
        <source>No AccessKey is set. Set the environment variables %1 and %2, then try again.</source>
        <comment>@info %1 and %2 are environment variable names</comment>
        <translation>未设置 AccessKey。请设置环境变量 %1 和 %2 后重试。</translation>
    </message>
    <message>
        <source>from the environment</source>
        <comment>@info where an AccessKey came from</comment>
        <translation>来自环境变量</translation>
    </message>
    <message>
        <source>typed in</source>
        <comment>@info where an AccessKey came from</comment>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <comment>@info where an AccessKey came from</comment>
        <translation>来自系统钥匙串</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info redacted AccessKey id, then where it came from</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CloudErrorText</name>
    <message numerus="yes">
        <source>Alibaba Cloud did not answer within %n second(s). Check the network connection, then try again.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>阿里云在 %n 秒内没有响应。请检查网络连接后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure connection to %1 could be made, or its certificate could not be verified. Check the computer&apos;s date, the proxy and the firewall; the wizard does not connect without a valid certificate.</source>
        <comment>@info %1 is a host name</comment>
        <translation>无法与 %1 建立安全连接，或无法验证其证书。请检查本机日期、代理和防火墙；证书无效时，向导不会建立连接。</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the network connection, the proxy and the firewall, then try again.</source>
        <comment>@info %1 is a host name</comment>
        <translation>无法连接 %1。请检查网络连接、代理和防火墙后重试。</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 MB, so the wizard stopped reading it. If you use a gateway or proxy, check that it forwards Alibaba Cloud&apos;s answers unchanged.</source>
        <comment>@info %1 is a host name</comment>
        <translation>%1 返回的响应超过 %2 MB，向导已停止读取。如果您使用了网关或代理，请确认它会原样转发阿里云的响应。</translation>
    </message>
    <message>
        <source>The answer from Alibaba Cloud was incomplete or not in the expected form. Try again; if it keeps happening, send the details to support.</source>
        <comment>@info</comment>
        <translation>阿里云返回的响应不完整或格式不符合预期。请重试；如果问题反复出现，请将详细信息发送给技术支持。</translation>
    </message>
    <message>
        <source>Alibaba Cloud answered with an error (HTTP %1). Try again later.</source>
        <comment>@info</comment>
        <translation>阿里云返回错误（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <comment>@info</comment>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>No AccessKey has been given yet. Enter the AccessKey ID and secret, or set the environment variables %1 and %2.</source>
        <comment>@info %1 and %2 are environment variable names</comment>
        <translation>尚未提供 AccessKey。请输入 AccessKey ID 和 AccessKey Secret，或设置环境变量 %1 和 %2。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID. Check that you copied the whole ID and that the key has not been deleted.</source>
        <comment>@info</comment>
        <translation>阿里云中不存在此 AccessKey ID。请确认已完整复制 ID，且该 AccessKey 未被删除。</translation>
    </message>
    <message>
        <source>This AccessKey is disabled. Enable it in the RAM console, or use another key.</source>
        <comment>@info</comment>
        <translation>此 AccessKey 已被禁用。请在 RAM 控制台中启用它，或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>Alibaba Cloud could not confirm the request&apos;s signature: the AccessKey secret is probably wrong. Enter the secret again.</source>
        <comment>@info</comment>
        <translation>阿里云无法验证请求的签名：AccessKey Secret 可能有误。请重新输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is more than 15 minutes off, so Alibaba Cloud refused the request. Set the clock right (automatic time is best), then try again.</source>
        <comment>@info</comment>
        <translation>本机时钟偏差超过 15 分钟，阿里云拒绝了请求。请校准时钟（最好开启自动设置时间）后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused a repeated request. Try again.</source>
        <comment>@info</comment>
        <translation>阿里云拒绝了重复的请求。请重试。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud account has not finished real-name verification (实名认证), so Alibaba Cloud refused the request. Finish real-name verification first.</source>
        <comment>@info</comment>
        <translation>该阿里云账号尚未完成实名认证，阿里云拒绝了请求。请先完成实名认证。</translation>
    </message>
    <message>
        <source>Alibaba Cloud is limiting how often this key may call it. Wait a minute, then try again.</source>
        <comment>@info</comment>
        <translation>阿里云正在限制此 AccessKey 的调用频率。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>This AccessKey lacks a RAM permission the request needs. Ask the account owner to grant it.</source>
        <comment>@info</comment>
        <translation>此 AccessKey 缺少该请求所需的 RAM 权限。请联系账号所有者授权。</translation>
    </message>
    <message>
        <source>This AccessKey is not allowed to call %1. Ask the account owner to grant the RAM permission %1 to this key&apos;s user (read-only access is enough).</source>
        <comment>@info %1 is a RAM action such as ecs:DescribeInstances</comment>
        <translation>此 AccessKey 无权调用 %1。请联系账号所有者，为该 AccessKey 所属的用户授予 RAM 权限 %1（只读权限即可）。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the request (%1).</source>
        <comment>@info %1 is the service&apos;s error code</comment>
        <translation>阿里云拒绝了请求（%1）。</translation>
    </message>
</context>
<context>
    <name>CompanyDataFile</name>
    <message>
        <source>Not checked.</source>
        <comment>@info check-data</comment>
        <translation>未检查。</translation>
    </message>
    <message>
        <source>The file is larger than %1 kB; company data is much smaller.</source>
        <comment>@info check-data</comment>
        <translation>文件超过 %1 kB，而企业资料远小于这个大小。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <comment>@info check-data</comment>
        <translation>文件不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object of &quot;key&quot;: &quot;value&quot; pairs.</source>
        <comment>@info check-data</comment>
        <translation>文件必须包含一个由 &quot;key&quot;: &quot;value&quot; 键值对组成的 JSON 对象。</translation>
    </message>
    <message>
        <source>The value must be text in quotes.</source>
        <comment>@info check-data</comment>
        <translation>值必须是带引号的文本。</translation>
    </message>
    <message>
        <source>Unknown key; it is ignored.</source>
        <comment>@info check-data</comment>
        <translation>未知的键，已忽略。</translation>
    </message>
    <message>
        <source>Kept despite the failed check; reason: %1</source>
        <comment>@info check-data</comment>
        <translation>校验未通过，但仍保留；理由：%1</translation>
    </message>
</context>
<context>
    <name>CompanyName</name>
    <message>
        <source>A company name can have at most 200 characters; this one has %1.</source>
        <comment>@info validation</comment>
        <translation>企业名称最多 200 个字符，当前为 %1 个。</translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <comment>@info validation</comment>
        <translation>请输入企业名称。</translation>
    </message>
    <message>
        <source>The company name contains an invisible character (%1) at position %2; remove it.</source>
        <comment>@info validation</comment>
        <translation>企业名称第 %2 位有一个不可见字符（%1），请将其删除。</translation>
    </message>
    <message>
        <source>Remove the space at the beginning or end of the company name.</source>
        <comment>@info validation</comment>
        <translation>请删除企业名称开头或结尾的空格。</translation>
    </message>
</context>
<context>
    <name>ConsolePathBox</name>
    <message>
        <source>In the console</source>
        <comment>@title</comment>
        <translation>在控制台中</translation>
    </message>
</context>
<context>
    <name>DepositAmount</name>
    <message>
        <source>Enter the amount in yuan with at most two decimals, for example 0.35.</source>
        <comment>@info validation</comment>
        <translation>请以元为单位输入金额，最多两位小数，例如 0.35。</translation>
    </message>
    <message>
        <source>Enter the amount that arrived in the account, for example 0.35.</source>
        <comment>@info validation</comment>
        <translation>请输入实际到账的金额，例如 0.35。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <comment>@info validation</comment>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount can have at most two decimals (yuan and fen); %1 has %2.</source>
        <comment>@info validation</comment>
        <translation>金额最多保留两位小数（精确到分），%1 有 %2 位小数。</translation>
    </message>
    <message>
        <source>The amount is far too large.</source>
        <comment>@info validation</comment>
        <translation>金额明显过大。</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>There is nothing before the @.</source>
        <comment>@info validation</comment>
        <translation>@ 前面没有内容。</translation>
    </message>
    <message>
        <source>The part before the @ can have at most 64 characters; it has %1.</source>
        <comment>@info validation</comment>
        <translation>@ 前面的部分最多 64 个字符，当前为 %1 个。</translation>
    </message>
    <message>
        <source>The character %1 cannot be used before the @.</source>
        <comment>@info validation</comment>
        <translation>@ 前面不能使用字符 %1。</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <comment>@info validation</comment>
        <translation>@ 前面的部分不能以点号开头或结尾，也不能连续出现两个点号。</translation>
    </message>
    <message>
        <source>The part after the @ has an empty name between dots.</source>
        <comment>@info validation</comment>
        <translation>@ 后面的部分在两个点号之间缺少名称。</translation>
    </message>
    <message>
        <source>Each name between the dots after the @ can have at most 63 characters; one has %1.</source>
        <comment>@info validation</comment>
        <translation>@ 后面以点号分隔的每一段最多 63 个字符，其中一段有 %1 个。</translation>
    </message>
    <message>
        <source>The character %1 cannot be used after the @: use letters, digits and hyphens only.</source>
        <comment>@info validation</comment>
        <translation>@ 后面不能使用字符 %1：只能使用字母、数字和连字符。</translation>
    </message>
    <message>
        <source>The name %1 after the @ cannot start or end with a hyphen.</source>
        <comment>@info validation</comment>
        <translation>@ 后面的名称 %1 不能以连字符开头或结尾。</translation>
    </message>
    <message>
        <source>There is nothing after the @.</source>
        <comment>@info validation</comment>
        <translation>@ 后面没有内容。</translation>
    </message>
    <message>
        <source>The part after the @ needs a dot, as in example.com.</source>
        <comment>@info validation</comment>
        <translation>@ 后面的部分需要包含点号，例如 example.com。</translation>
    </message>
    <message>
        <source>The address must end in a name such as .com or .cn, not a number.</source>
        <comment>@info validation</comment>
        <translation>地址必须以 .com、.cn 这类名称结尾，不能以数字结尾。</translation>
    </message>
    <message>
        <source>An e-mail address can have at most 254 characters; this one has %1.</source>
        <comment>@info validation</comment>
        <translation>邮箱地址最多 254 个字符，当前为 %1 个。</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <comment>@info validation</comment>
        <translation>请输入邮箱地址。</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @; this one has %1.</source>
        <comment>@info validation</comment>
        <translation>邮箱地址只能包含一个 @，当前有 %1 个。</translation>
    </message>
    <message>
        <source>%1 is a personal mailbox provider. A company address is recommended, so that the account stays with the company when staff change.</source>
        <comment>@info validation</comment>
        <translation>%1 是个人邮箱服务商。建议使用企业邮箱，这样人员变动时账号仍留在公司。</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The API endpoint &quot;%1&quot; is not a usable URL; give one like https://gateway.example.com.</source>
        <comment>@info</comment>
        <translation>API 端点“%1”不是可用的 URL；请提供类似 https://gateway.example.com 的地址。</translation>
    </message>
    <message>
        <source>The API endpoint &quot;%1&quot; must start with https://. Plain http is only allowed for this computer&apos;s own address (tests).</source>
        <comment>@info</comment>
        <translation>API 端点“%1”必须以 https:// 开头。只有本机地址（用于测试）允许使用普通 http。</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Profile created for %1</source>
        <comment>@info timeline</comment>
        <translation>已为 %1 创建企业资料</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <comment>@info timeline</comment>
        <translation>已修改：%1</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3 → %4</source>
        <comment>@info timeline</comment>
        <translation>第 %1 步（%2）：%3 → %4</translation>
    </message>
</context>
<context>
    <name>FaqPanel</name>
    <message>
        <source>Questions and answers</source>
        <comment>@action:button expand FAQ</comment>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <comment>@label FAQ</comment>
        <translation>常见问题</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>Note</source>
        <comment>@label verdict</comment>
        <translation>说明</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>@label verdict</comment>
        <translation>请核对</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>@label verdict</comment>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Company name</source>
        <comment>@label field</comment>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <comment>@label field</comment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Reason for keeping the credit code</source>
        <comment>@label field</comment>
        <translation>保留统一社会信用代码的原因</translation>
    </message>
    <message>
        <source>Business-licence registration number</source>
        <comment>@label field</comment>
        <translation>营业执照注册号</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID number</source>
        <comment>@label field</comment>
        <translation>法定代表人身份证号码</translation>
    </message>
    <message>
        <source>Login name</source>
        <comment>@label field</comment>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <comment>@label field</comment>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>@label field</comment>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>New account for Finance Cloud only</source>
        <comment>@label field</comment>
        <translation>金融云专用新账号</translation>
    </message>
    <message>
        <source>Verified for</source>
        <comment>@label field</comment>
        <translation>认证主体</translation>
    </message>
    <message>
        <source>Verification method</source>
        <comment>@label field</comment>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Bank</source>
        <comment>@label field</comment>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Corporate account number</source>
        <comment>@label field</comment>
        <translation>对公账户账号</translation>
    </message>
    <message>
        <source>Deposit amount</source>
        <comment>@label field</comment>
        <translation>打款金额</translation>
    </message>
    <message>
        <source>Deposit attempts used</source>
        <comment>@label field</comment>
        <translation>打款验证已用尝试次数</translation>
    </message>
    <message>
        <source>No public-cloud resources confirmed</source>
        <comment>@label field</comment>
        <translation>已确认无公共云资源</translation>
    </message>
    <message>
        <source>Certification outcome</source>
        <comment>@label field</comment>
        <translation>金融云认证结果</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>@label field</comment>
        <translation>合同</translation>
    </message>
    <message>
        <source>Top-up done</source>
        <comment>@label field</comment>
        <translation>已充值</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <comment>@label field</comment>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Taxpayer number</source>
        <comment>@label field</comment>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Money on a public-cloud account</source>
        <comment>@label field</comment>
        <translation>公共云账号资金</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <comment>@label field</comment>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>@label field</comment>
        <translation>地域</translation>
    </message>
    <message>
        <source>Network type</source>
        <comment>@label field</comment>
        <translation>网络类型</translation>
    </message>
    <message>
        <source>VPC CIDR block</source>
        <comment>@label field</comment>
        <translation>专有网络网段</translation>
    </message>
    <message>
        <source>vSwitches</source>
        <comment>@label field</comment>
        <translation>交换机</translation>
    </message>
</context>
<context>
    <name>FinanceServicesPage</name>
    <message>
        <source>Contract, top-up and invoices for the Finance Cloud account.</source>
        <comment>@title</comment>
        <translation>办理金融云账号的合同、充值和发票。</translation>
    </message>
    <message>
        <source>Arrange the contract, put money on the account and set up invoicing. The invoice details start from the company data of step 2; change them here if the invoice must differ.</source>
        <comment>@info</comment>
        <translation>签订合同、为账号充值并设置开票信息。发票信息默认取自第 2 步填写的企业资料；如发票需要使用不同的信息，请在此修改。</translation>
    </message>
    <message>
        <source>Top-up, in the billing console:</source>
        <comment>@info</comment>
        <translation>充值（在费用中心）：</translation>
    </message>
    <message>
        <source>Invoices, following the provider&apos;s guide:</source>
        <comment>@info</comment>
        <translation>发票（参照阿里云的指南）：</translation>
    </message>
    <message>
        <source>&amp;Open the billing console in the browser</source>
        <comment>@action:button</comment>
        <translation>在浏览器中打开费用中心(&amp;O)</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>@option:radio contract</comment>
        <translation>线上</translation>
    </message>
    <message>
        <source>On paper (offline)</source>
        <comment>@option:radio contract</comment>
        <translation>纸质（线下）</translation>
    </message>
    <message>
        <source>Contract: online</source>
        <comment>@option:radio</comment>
        <translation>合同：线上</translation>
    </message>
    <message>
        <source>Contract: on paper</source>
        <comment>@option:radio</comment>
        <translation>合同：纸质</translation>
    </message>
    <message>
        <source>&amp;Invoice title:</source>
        <comment>@label:textbox</comment>
        <translation>发票抬头(&amp;I)：</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <comment>@label:textbox</comment>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Ta&amp;xpayer number:</source>
        <comment>@label:textbox</comment>
        <translation>纳税人识别号(&amp;X)：</translation>
    </message>
    <message>
        <source>Taxpayer identification number</source>
        <comment>@label:textbox</comment>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>&amp;Money on a public-cloud account:</source>
        <comment>@label:listbox</comment>
        <translation>公共云账号资金(&amp;M)：</translation>
    </message>
    <message>
        <source>Money on a public-cloud account</source>
        <comment>@label:listbox</comment>
        <translation>公共云账号资金</translation>
    </message>
    <message>
        <source>Nothing to move</source>
        <comment>@item:inlistbox</comment>
        <translation>无需转移</translation>
    </message>
    <message>
        <source>Needs to be moved</source>
        <comment>@item:inlistbox</comment>
        <translation>需要转移</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <comment>@item:inlistbox</comment>
        <translation>已提交工单</translation>
    </message>
    <message>
        <source>Tic&amp;ket number:</source>
        <comment>@label:textbox</comment>
        <translation>工单编号(&amp;K)：</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <comment>@label:textbox</comment>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>For a paper contract, write to jr@service.alibaba.com.</source>
        <comment>@info</comment>
        <translation>如需签订纸质合同，请发邮件至 jr@service.alibaba.com。</translation>
    </message>
    <message>
        <source>Money can be moved from a public-cloud account to Finance Cloud: sign in with the original account, open a ticket (工单) of type 财务类 and describe what should be moved where.</source>
        <comment>@info</comment>
        <translation>公共云账号中的资金可以转入金融云：请登录原账号，提交类型为“财务类”的工单，写明要把哪些资金转到哪里。</translation>
    </message>
    <message>
        <source>Can the provider move our public-cloud servers to Finance Cloud?</source>
        <comment>@info FAQ</comment>
        <translation>阿里云能否把我们在公共云上的服务器迁移到金融云？</translation>
    </message>
    <message>
        <source>No. The two are completely separate, so servers have to be migrated by hand. For technical help write to jr@service.alibaba.com; they arrange an authorised partner.</source>
        <comment>@info FAQ</comment>
        <translation>不能。两者完全隔离，服务器需要手动迁移。如需技术支持，请发邮件至 jr@service.alibaba.com，对方会安排授权合作伙伴协助。</translation>
    </message>
    <message>
        <source>Can money on a public-cloud account be moved?</source>
        <comment>@info FAQ</comment>
        <translation>公共云账号中的资金能否转移？</translation>
    </message>
    <message>
        <source>Yes: from the original account, open a ticket of type 财务类 (finance) and describe the request.</source>
        <comment>@info FAQ</comment>
        <translation>可以：请在原账号中提交一个类型为“财务类”的工单，并说明您的需求。</translation>
    </message>
    <message>
        <source>Moving money from a public-cloud account (sign in to that account):</source>
        <comment>@info</comment>
        <translation>从公共云账号转出资金（需登录该账号）：</translation>
    </message>
    <message>
        <source>Contr&amp;act:</source>
        <comment>@label radio group</comment>
        <translation>合同(&amp;A)：</translation>
    </message>
    <message>
        <source>The account has been topped &amp;up</source>
        <comment>@option:check</comment>
        <translation>账号已充值(&amp;U)</translation>
    </message>
</context>
<context>
    <name>FlowRules</name>
    <message>
        <source>Step %1 (%2) must be done first.</source>
        <comment>@info flow rule</comment>
        <translation>需先完成第 %1 步（%2）。</translation>
    </message>
    <message>
        <source>Finance Cloud certification needs an enterprise or government real-name verification; a personal one is not enough.</source>
        <comment>@info flow rule</comment>
        <translation>金融云认证要求企业或政府实名认证，个人实名认证不满足要求。</translation>
    </message>
    <message>
        <source>Enter the account&apos;s login name.</source>
        <comment>@info flow rule</comment>
        <translation>请输入账号的登录名。</translation>
    </message>
    <message>
        <source>Choose whom the account is verified for.</source>
        <comment>@info flow rule</comment>
        <translation>请选择账号的认证主体。</translation>
    </message>
    <message>
        <source>Choose the verification method.</source>
        <comment>@info flow rule</comment>
        <translation>请选择认证方式。</translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <comment>@info flow rule</comment>
        <translation>请输入企业名称。</translation>
    </message>
    <message>
        <source>Confirm that the account holds no public-cloud resources.</source>
        <comment>@info flow rule</comment>
        <translation>请确认账号名下没有公共云资源。</translation>
    </message>
    <message>
        <source>Choose how the contract is signed.</source>
        <comment>@info flow rule</comment>
        <translation>请选择合同签订方式。</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <comment>@info flow rule</comment>
        <translation>请选择地域。</translation>
    </message>
    <message>
        <source>Choose a network type.</source>
        <comment>@info flow rule</comment>
        <translation>请选择网络类型。</translation>
    </message>
    <message>
        <source>The chosen region does not offer this network type.</source>
        <comment>@info flow rule</comment>
        <translation>所选地域不支持此网络类型。</translation>
    </message>
    <message>
        <source>Step %1 (%2) is already marked &quot;%3&quot; and relies on this step.</source>
        <comment>@info flow rule</comment>
        <translation>第 %1 步（%2）已标记为“%3”，且依赖于本步骤。</translation>
    </message>
</context>
<context>
    <name>Ipv4Cidr</name>
    <message>
        <source>An IPv4 address has four numbers separated by dots; %1 has %2.</source>
        <comment>@info validation</comment>
        <translation>IPv4 地址由四个以点号分隔的数字组成，%1 有 %2 个。</translation>
    </message>
    <message>
        <source>Write %1 without the leading zero.</source>
        <comment>@info validation</comment>
        <translation>请去掉 %1 的前导零。</translation>
    </message>
    <message>
        <source>Each number of an IPv4 address is 0 to 255; &quot;%1&quot; is not.</source>
        <comment>@info validation</comment>
        <translation>IPv4 地址中的每个数字应在 0 到 255 之间，“%1”不符合。</translation>
    </message>
    <message>
        <source>That is far too long for an address block such as 10.0.0.0/16.</source>
        <comment>@info validation</comment>
        <translation>输入内容过长，网段应类似 10.0.0.0/16。</translation>
    </message>
    <message>
        <source>Enter an address block such as 10.0.0.0/16.</source>
        <comment>@info validation</comment>
        <translation>请输入网段，例如 10.0.0.0/16。</translation>
    </message>
    <message>
        <source>Write the block as address/mask, for example 10.0.0.0/16.</source>
        <comment>@info validation</comment>
        <translation>请按“地址/掩码”格式填写网段，例如 10.0.0.0/16。</translation>
    </message>
    <message>
        <source>The mask after the slash is a number from 0 to 32; &quot;%1&quot; is not.</source>
        <comment>@info validation</comment>
        <translation>斜杠后的掩码应为 0 到 32 之间的数字，“%1”不符合。</translation>
    </message>
    <message>
        <source>%1/%2 has host bits set: a /%2 block starts at %3. Write %3/%2.</source>
        <comment>@info validation</comment>
        <translation>%1/%2 的主机位不为零：/%2 网段应从 %3 开始。请填写 %3/%2。</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>A mainland mobile number has 11 digits; this one has %1.</source>
        <comment>@info validation</comment>
        <translation>中国大陆手机号码应为 11 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Enter a mobile number.</source>
        <comment>@info validation</comment>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>Only mainland China mobile numbers (+86) can be used here.</source>
        <comment>@info validation</comment>
        <translation>此处只能使用中国大陆手机号码（+86）。</translation>
    </message>
    <message>
        <source>A mobile number has digits only; %1 is not a digit.</source>
        <comment>@info validation</comment>
        <translation>手机号码只能包含数字，%1 不是数字。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 1, not %1.</source>
        <comment>@info validation</comment>
        <translation>中国大陆手机号码以 1 开头，而不是 %1。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19, not %1.</source>
        <comment>@info validation</comment>
        <translation>中国大陆手机号码以 13 至 19 开头，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>OnboardingSession</name>
    <message>
        <source>The current profile could not be saved, so no other profile was opened.</source>
        <comment>@info</comment>
        <translation>无法保存当前企业的资料，因此未打开其他企业。</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Your edits are kept and will be saved when possible.</source>
        <comment>@info</comment>
        <translation>您的修改已保留，将在条件允许时保存。</translation>
    </message>
    <message>
        <source>Finance Cloud onboarding</source>
        <comment>@title:window</comment>
        <translation>金融云开通向导</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>@action:button</comment>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>@action:button</comment>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>@action:button</comment>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action:button</comment>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>@action:button</comment>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Close the window. Everything is already saved.</source>
        <comment>@info:tooltip</comment>
        <translation>关闭窗口。所有内容均已保存。</translation>
    </message>
    <message>
        <source>Show the questions and answers for this step.</source>
        <comment>@info:tooltip</comment>
        <translation>显示本步骤的常见问题。</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <comment>@action:button</comment>
        <translation>时间线(&amp;T)…</translation>
    </message>
    <message>
        <source>Every change to this profile, newest first.</source>
        <comment>@info:tooltip</comment>
        <translation>此企业资料的全部变更，最新的在前。</translation>
    </message>
</context>
<context>
    <name>OpenApiReply</name>
    <message>
        <source>The request has not finished yet.</source>
        <comment>@info</comment>
        <translation>请求尚未完成。</translation>
    </message>
</context>
<context>
    <name>PendingNotice</name>
    <message>
        <source>If the deposit has not arrived, check the corporate account details you entered in the console. A deposit that could not be credited is refunded. If the verification cannot be finished online, write to jr@service.alibaba.com with the company name and the business-licence registration number.</source>
        <comment>@info pending</comment>
        <translation>如果打款一直未到账，请核对您在控制台中填写的对公账户信息。无法入账的打款会被退回。如果无法在线完成实名认证，请发邮件至 jr@service.alibaba.com，并附上企业名称和营业执照注册号。</translation>
    </message>
    <message>
        <source>If the review takes unusually long or the submission failed, write to jr@service.alibaba.com.</source>
        <comment>@info pending</comment>
        <translation>如果审核时间明显偏长或提交失败，请发邮件至 jr@service.alibaba.com。</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <comment>@info pending</comment>
        <translation>第 %1 步（%2）</translation>
    </message>
    <message>
        <source>%1 is overdue by 1 working day (expected by %2).</source>
        <comment>@info pending</comment>
        <translation>%1 已逾期 1 个工作日（预计 %2 前完成）。</translation>
    </message>
    <message>
        <source>%1 is overdue by %2 working days (expected by %3).</source>
        <comment>@info pending</comment>
        <translation>%1 已逾期 %2 个工作日（预计 %3 前完成）。</translation>
    </message>
    <message>
        <source>The estimate ignores public holidays in %1.</source>
        <comment>@info pending</comment>
        <translation>预计时间未考虑 %1 年的法定节假日。</translation>
    </message>
    <message>
        <source>%1 has been waiting since %2, expected by %3.</source>
        <comment>@info pending</comment>
        <translation>%1 自 %2 起等待审核，预计 %3 前完成。</translation>
    </message>
    <message>
        <source>%1 has been waiting for review since %2.</source>
        <comment>@info pending</comment>
        <translation>%1 自 %2 起等待审核。</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <comment>@info</comment>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <comment>@info</comment>
        <translation>无法创建数据库文件 %1。</translation>
    </message>
    <message>
        <source>The progress database could not be updated (%1).</source>
        <comment>@info</comment>
        <translation>无法更新进度数据库（%1）。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <comment>@info</comment>
        <translation>未安装 Qt 的 SQLite 驱动。</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1.</source>
        <comment>@info</comment>
        <translation>无法打开进度数据库 %1。</translation>
    </message>
    <message>
        <source>The progress database could not be read or written.</source>
        <comment>@info</comment>
        <translation>无法读写进度数据库。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the program (schema %1; this version knows up to %2). It was not changed.</source>
        <comment>@info</comment>
        <translation>此数据库由更高版本的程序写入（结构版本 %1；当前版本最高支持 %2），未对其做任何更改。</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <comment>@info</comment>
        <translation>该企业的资料已不存在。</translation>
    </message>
    <message>
        <source>The progress database could not be read: it is damaged. It was moved aside to %1, so nothing in it is lost or overwritten.</source>
        <comment>@info</comment>
        <translation>无法读取进度数据库：数据库已损坏。已将其移至 %1，其中的内容不会丢失，也不会被覆盖。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <comment>@info</comment>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <comment>@info</comment>
        <translation>无法将备份 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>PublicResourceCheck</name>
    <message>
        <source>Alibaba Cloud listed no public-cloud regions for this key, so nothing could be checked.</source>
        <comment>@info</comment>
        <translation>阿里云没有为此 AccessKey 列出任何公共云地域，因此无法进行检查。</translation>
    </message>
</context>
<context>
    <name>RealNamePage</name>
    <message>
        <source>Whoever the account is verified for owns it. A company account that is verified for a person causes disputes when staff change, can lead to financial loss, and makes withdrawals and invoices difficult. Finance Cloud expects an enterprise (or government) verification.</source>
        <comment>@info</comment>
        <translation>实名认证的主体就是账号的所有者。公司的账号如果以个人身份认证，人员变动时容易引发纠纷，可能造成经济损失，提现和开票也会受到影响。金融云要求进行企业（或政府）实名认证。</translation>
    </message>
    <message>
        <source>Sign in, click your account name to open account management, then:</source>
        <comment>@info</comment>
        <translation>登录后单击账号名进入账号管理，然后依次选择：</translation>
    </message>
    <message>
        <source>(choose a method)</source>
        <comment>@info console path placeholder</comment>
        <translation>（选择认证方式）</translation>
    </message>
    <message>
        <source>&amp;Open account management in the browser</source>
        <comment>@action:button</comment>
        <translation>在浏览器中打开账号管理(&amp;O)</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <comment>@option:radio</comment>
        <translation>企业</translation>
    </message>
    <message>
        <source>Government body</source>
        <comment>@option:radio</comment>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>@option:radio</comment>
        <translation>个人</translation>
    </message>
    <message>
        <source>Verified for: %1</source>
        <comment>@label</comment>
        <translation>认证主体：%1</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <comment>@label:listbox</comment>
        <translation>认证方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Verification method</source>
        <comment>@label:listbox</comment>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Choose a method…</source>
        <comment>@item:inlistbox</comment>
        <translation>选择认证方式…</translation>
    </message>
    <message>
        <source>(legal representative&apos;s face scan; instant)</source>
        <comment>@item:inlistbox</comment>
        <translation>（即时完成）</translation>
    </message>
    <message>
        <source>(enterprise Alipay; instant)</source>
        <comment>@item:inlistbox</comment>
        <translation>（即时完成）</translation>
    </message>
    <message>
        <source>(corporate bank account; 2–3 working days)</source>
        <comment>@item:inlistbox</comment>
        <translation>（需 2–3 个工作日）</translation>
    </message>
    <message>
        <source>Company name</source>
        <comment>@label:textbox</comment>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>As on the business licence</source>
        <comment>@info:placeholder</comment>
        <translation>与营业执照一致</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <comment>@label:textbox</comment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters, on the business licence</source>
        <comment>@info:placeholder</comment>
        <translation>18 位，见营业执照</translation>
    </message>
    <message>
        <source>Bank of the corporate account</source>
        <comment>@label:textbox</comment>
        <translation>对公账户开户银行</translation>
    </message>
    <message>
        <source>Corporate &amp;account number:</source>
        <comment>@label:textbox</comment>
        <translation>对公账户账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Corporate account number</source>
        <comment>@label:textbox</comment>
        <translation>对公账户账号</translation>
    </message>
    <message>
        <source>A personal verification is not enough for Finance Cloud: step 3 needs an enterprise or government verification. A company account verified for a person also causes trouble later with ownership, withdrawals and invoices.</source>
        <comment>@info</comment>
        <translation>个人实名认证无法满足金融云的要求：第 3 步需要企业或政府实名认证。此外，公司账号以个人身份认证，日后在账号归属、提现和开票方面也会遇到麻烦。</translation>
    </message>
    <message>
        <source>What happens if the account is not verified yet?</source>
        <comment>@info FAQ</comment>
        <translation>账号尚未完成实名认证会有什么影响？</translation>
    </message>
    <message>
        <source>Pay-as-you-go resources cannot be opened, but prepaid ones such as ECS and RDS can. You may buy prepaid servers and deploy while the verification is pending.</source>
        <comment>@info FAQ</comment>
        <translation>无法开通按量付费资源，但可以购买 ECS、RDS 等预付费资源。您可以一边等待认证，一边购买预付费服务器并部署应用。</translation>
    </message>
    <message>
        <source>The deposit could not be credited. Can it be refunded?</source>
        <comment>@info FAQ</comment>
        <translation>打款无法入账，可以退款吗？</translation>
    </message>
    <message>
        <source>Yes, a deposit that could not be credited can be refunded.</source>
        <comment>@info FAQ</comment>
        <translation>可以，未能入账的款项可以退回。</translation>
    </message>
    <message>
        <source>How long does the bank-account method take?</source>
        <comment>@info FAQ</comment>
        <translation>企业银行卡信息认证需要多长时间？</translation>
    </message>
    <message>
        <source>The transfer starts as soon as the request is received, but the bank may need 2–3 days to deliver it.</source>
        <comment>@info FAQ</comment>
        <translation>收到认证申请后会立即打款，但银行可能需要 2–3 天才能到账。</translation>
    </message>
    <message>
        <source>We cannot complete the verification online. What now?</source>
        <comment>@info FAQ</comment>
        <translation>实名认证在线办不下来，该如何处理？</translation>
    </message>
    <message>
        <source>Contact Finance Cloud staff who can confirm your identity (jr@service.alibaba.com) and give them the company name and the business-licence registration number (营业执照注册号); they can complete it for you.</source>
        <comment>@info FAQ</comment>
        <translation>请联系能核实您身份的金融云工作人员（jr@service.alibaba.com），告知企业名称和营业执照注册号，对方可代为完成认证。</translation>
    </message>
    <message>
        <source>Can we verify as a person instead?</source>
        <comment>@info FAQ</comment>
        <translation>能否改为个人实名认证？</translation>
    </message>
    <message>
        <source>Enterprise customers are required to use an enterprise verification; a personal one leads to avoidable problems later.</source>
        <comment>@info FAQ</comment>
        <translation>企业客户必须进行企业实名认证；改用个人认证会在日后带来本可避免的问题。</translation>
    </message>
    <message>
        <source>Attempts used: %1 of %2</source>
        <comment>@info deposit</comment>
        <translation>已使用 %1 次尝试（共 %2 次）</translation>
    </message>
    <message>
        <source>All %1 attempts are used, so this verification has failed. Start a new verification in the console, or choose another method.</source>
        <comment>@info deposit</comment>
        <translation>%1 次尝试已全部用完，本次认证失败。请在控制台中重新发起认证，或改用其他认证方式。</translation>
    </message>
    <message>
        <source>Only one attempt is left. Compare the amount with the bank statement, to the fen, before you enter it.</source>
        <comment>@info deposit</comment>
        <translation>仅剩 1 次尝试。输入前请对照银行流水，把金额精确核对到分。</translation>
    </message>
    <message>
        <source>Prove who owns the account. For Finance Cloud this must be the organisation, not a person.</source>
        <comment>@title</comment>
        <translation>确认账号的归属。用于金融云的账号必须归属于企业或机构，而不是个人。</translation>
    </message>
    <message>
        <source>&amp;Verified for:</source>
        <comment>@label radio group</comment>
        <translation>认证主体(&amp;V)：</translation>
    </message>
    <message>
        <source>Compan&amp;y name:</source>
        <comment>@label:textbox</comment>
        <translation>企业名称(&amp;Y)：</translation>
    </message>
    <message>
        <source>Unified social credit co&amp;de:</source>
        <comment>@label:textbox</comment>
        <translation>统一社会信用代码(&amp;D)：</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <comment>@label:textbox</comment>
        <translation>开户银行(&amp;K)：</translation>
    </message>
    <message>
        <source>Keep it anyway, beca&amp;use:</source>
        <comment>@label:textbox</comment>
        <translation>仍然保留，原因(&amp;U)：</translation>
    </message>
    <message>
        <source>Reason for keeping a credit code that fails its check</source>
        <comment>@label:textbox</comment>
        <translation>保留未通过校验的统一社会信用代码的原因</translation>
    </message>
    <message>
        <source>e.g. printed exactly so on our business licence</source>
        <comment>@info:placeholder</comment>
        <translation>例如：营业执照上印的就是这个代码</translation>
    </message>
    <message>
        <source>Old business-licence &amp;registration number:</source>
        <comment>@label:textbox</comment>
        <translation>旧版营业执照注册号(&amp;R)：</translation>
    </message>
    <message>
        <source>Old business-licence registration number (15 digits)</source>
        <comment>@label:textbox</comment>
        <translation>旧版营业执照注册号（15 位）</translation>
    </message>
    <message>
        <source>Legal representative&apos;s &amp;ID number:</source>
        <comment>@label:textbox</comment>
        <translation>法定代表人身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Legal representative&apos;s resident ID number</source>
        <comment>@label:textbox</comment>
        <translation>法定代表人居民身份证号码</translation>
    </message>
    <message>
        <source>Optional; 18 characters</source>
        <comment>@info:placeholder</comment>
        <translation>可选；18 位</translation>
    </message>
    <message>
        <source>The deposit</source>
        <comment>@title:group</comment>
        <translation>打款验证</translation>
    </message>
    <message>
        <source>When the small amount has arrived on the corporate account, enter it here to check its form, then type it into the console and record what the console said. The provider allows %1 attempts.</source>
        <comment>@info deposit</comment>
        <translation>小额打款到达对公账户后，先在这里输入金额检查格式，再将其填入控制台，并在此记录控制台的结果。阿里云共提供 %1 次尝试机会。</translation>
    </message>
    <message>
        <source>Amount rec&amp;eived (yuan):</source>
        <comment>@label:textbox</comment>
        <translation>到账金额(&amp;E)（元）：</translation>
    </message>
    <message>
        <source>Amount received, in yuan</source>
        <comment>@label:textbox</comment>
        <translation>到账金额（元）</translation>
    </message>
    <message>
        <source>e.g. 0.35</source>
        <comment>@info:placeholder</comment>
        <translation>例如 0.35</translation>
    </message>
    <message>
        <source>The console acce&amp;pted it</source>
        <comment>@action:button</comment>
        <translation>控制台验证通过(&amp;P)</translation>
    </message>
    <message>
        <source>The console re&amp;fused it</source>
        <comment>@action:button</comment>
        <translation>控制台验证未通过(&amp;F)</translation>
    </message>
    <message>
        <source>With the bank-account method the provider sends a small amount to the corporate account. Banks take 2–3 working days to deliver it. When it arrives, enter the exact amount in the console to finish. Meanwhile, set this step to &quot;Submitted, waiting for review&quot;.</source>
        <comment>@info</comment>
        <translation>采用企业银行卡信息认证时，阿里云会向对公账户转入一笔小额款项，银行通常需要 2–3 个工作日才能送达。款项到账后，在控制台中准确输入该金额即可完成认证。在等待期间，请将本步骤设为“已提交，等待审核”。</translation>
    </message>
    <message>
        <source>Optional; 15 digits, on licences issued before the credit code</source>
        <comment>@info:placeholder</comment>
        <translation>可选；15 位数字，见于统一社会信用代码启用前签发的营业执照</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Plan: region %1 (%2), %3.</source>
        <comment>@info</comment>
        <translation>规划：地域 %1（%2），%3。</translation>
    </message>
    <message>
        <source>classic network</source>
        <comment>@info plan</comment>
        <translation>经典网络</translation>
    </message>
    <message>
        <source>VPC</source>
        <comment>@info plan</comment>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>Plan: choose a region and a network type.</source>
        <comment>@info</comment>
        <translation>规划：请选择地域和网络类型。</translation>
    </message>
    <message>
        <source>Choose where the Finance Cloud environment will run.</source>
        <comment>@title</comment>
        <translation>选择金融云环境的部署位置。</translation>
    </message>
    <message>
        <source>Finance Cloud runs in its own clusters in a few regions. Each region has several availability zones; pick the region first, then the network type it offers.</source>
        <comment>@info</comment>
        <translation>金融云在部分地域以独立集群运行，每个地域包含多个可用区。请先选择地域，再选择该地域支持的网络类型。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <comment>@label:listbox</comment>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>@label:listbox</comment>
        <translation>地域</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <comment>@item:inlistbox</comment>
        <translation>选择地域…</translation>
    </message>
    <message>
        <source>VPC (virtual private cloud)</source>
        <comment>@option:radio</comment>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>Classic network</source>
        <comment>@option:radio</comment>
        <translation>经典网络</translation>
    </message>
    <message>
        <source>Network type: VPC</source>
        <comment>@option:radio</comment>
        <translation>网络类型：专有网络 VPC</translation>
    </message>
    <message>
        <source>Network type: classic</source>
        <comment>@option:radio</comment>
        <translation>网络类型：经典网络</translation>
    </message>
    <message>
        <source>This region offers only VPC. In the guide, the classic network is available only in 华东1金融云（杭州）.</source>
        <comment>@info</comment>
        <translation>此地域仅支持专有网络 VPC。按照指南，只有华东1金融云（杭州）提供经典网络。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classic network:&lt;/b&gt; your products sit in the provider&apos;s shared base network, which the provider plans and runs; the easy choice. &lt;b&gt;VPC:&lt;/b&gt; an isolated network you define inside the provider&apos;s network, with your own topology and IP addresses; for teams that manage networks themselves.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;经典网络：&lt;/b&gt;云产品位于阿里云共用的基础网络中，由阿里云负责规划和运维，使用最省心。&lt;b&gt;专有网络 VPC：&lt;/b&gt;在阿里云网络中由您自行定义的隔离网络，网络拓扑和 IP 地址均可自行设定，适合自行管理网络的团队。</translation>
    </message>
    <message>
        <source>Build the environment in the console of each product, for example ECS, after choosing the region in its region list.</source>
        <comment>@info</comment>
        <translation>在各产品（如 ECS）的控制台中，先在地域列表中选择地域，再搭建环境。</translation>
    </message>
    <message>
        <source>&amp;Open the ECS console in the browser</source>
        <comment>@action:button</comment>
        <translation>在浏览器中打开 ECS 控制台(&amp;O)</translation>
    </message>
    <message>
        <source>What is the difference between a VPC and the classic network?</source>
        <comment>@info FAQ</comment>
        <translation>专有网络 VPC 与经典网络有什么区别？</translation>
    </message>
    <message>
        <source>Classic-network products are deployed in the provider&apos;s common base network, which the provider plans and manages: best for customers who want it simple. A VPC is a private, isolated network inside the provider&apos;s network whose topology and addresses you define yourself: best for customers with network skills and needs.</source>
        <comment>@info FAQ</comment>
        <translation>经典网络下的云产品都位于阿里云共用的基础网络中，网络由阿里云规划和运维，适合希望简单省心的客户。专有网络 VPC 是在阿里云网络中为您单独隔离出来的私有网络，拓扑结构和地址均由您自行设定，适合具备网络管理能力且有相应需求的客户。</translation>
    </message>
    <message>
        <source>Net&amp;work type:</source>
        <comment>@label radio group</comment>
        <translation>网络类型(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Create the account that will own your Finance Cloud resources.</source>
        <comment>@title</comment>
        <translation>创建用于持有金融云资源的账号。</translation>
    </message>
    <message>
        <source>Finance Cloud runs in its own data centres, completely separate from the public cloud, and resources of the two cannot be combined. Register a fresh account and use it for Finance Cloud only. Register it in the company&apos;s name, with a shared company mailbox, because every resource will be managed through it.</source>
        <comment>@info</comment>
        <translation>金融云使用独立的数据中心，与公共云完全隔离，两者的资源不能混用。请注册一个全新的账号，专门用于金融云。请以公司名义、使用公司的公共邮箱注册，因为今后所有资源都将通过该账号管理。</translation>
    </message>
    <message>
        <source>Open the official site and click, at the top right:</source>
        <comment>@info</comment>
        <translation>打开阿里云官网，单击右上角的：</translation>
    </message>
    <message>
        <source>&amp;Open www.aliyun.com in the browser</source>
        <comment>@action:button</comment>
        <translation>在浏览器中打开 www.aliyun.com(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <comment>@label:textbox</comment>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Login name</source>
        <comment>@label:textbox</comment>
        <translation>登录名</translation>
    </message>
    <message>
        <source>The user name you registered</source>
        <comment>@info:placeholder</comment>
        <translation>注册时填写的用户名</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <comment>@label:textbox</comment>
        <translation>手机号码(&amp;M)：</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <comment>@label:textbox</comment>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <comment>@info:placeholder</comment>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <comment>@label:textbox</comment>
        <translation>电子邮箱(&amp;E)（可选）：</translation>
    </message>
    <message>
        <source>E-mail address (optional)</source>
        <comment>@label:textbox</comment>
        <translation>电子邮箱地址（可选）</translation>
    </message>
    <message>
        <source>A company address is best</source>
        <comment>@info:placeholder</comment>
        <translation>建议使用企业邮箱</translation>
    </message>
    <message>
        <source>An account that already holds public-cloud resources cannot simply become a Finance Cloud account. If this is an existing account, check step 3 carefully before you apply.</source>
        <comment>@info</comment>
        <translation>已持有公共云资源的账号不能直接转为金融云账号。如果使用的是已有账号，申请前请仔细阅读第 3 步。</translation>
    </message>
    <message>
        <source>Keep the login name and password safe: you will sign in to the console with them. This program never asks for the password and never stores it.</source>
        <comment>@info</comment>
        <translation>请妥善保管登录名和密码，登录控制台时需要用到。本程序不会索要密码，也不会保存密码。</translation>
    </message>
    <message>
        <source>Can I register with a personal e-mail address?</source>
        <comment>@info FAQ</comment>
        <translation>可以用个人邮箱注册吗？</translation>
    </message>
    <message>
        <source>It is better not to. Everything in the cloud is managed through this one account, so register it with a shared company account and mailbox. Later, give staff their own access through RAM sub-accounts instead of sharing the main login.</source>
        <comment>@info FAQ</comment>
        <translation>最好不要。云上的所有资源都通过这一个账号管理，因此请使用公司的公共账号和邮箱注册。之后可以通过 RAM 子账号为员工单独授权，而不是共用主账号登录。</translation>
    </message>
    <message>
        <source>Why a new account rather than our existing one?</source>
        <comment>@info FAQ</comment>
        <translation>为什么要用新账号，而不是现有账号？</translation>
    </message>
    <message>
        <source>Finance Cloud&apos;s data centres are isolated from the public cloud. An account that holds public-cloud resources cannot be certified without losing access to the console.</source>
        <comment>@info FAQ</comment>
        <translation>金融云的数据中心与公共云相互隔离。持有公共云资源的账号一旦通过金融云认证，就无法再访问控制台。</translation>
    </message>
    <message>
        <source>This is a ne&amp;w account, used only for Finance Cloud</source>
        <comment>@option:check</comment>
        <translation>这是新账号，仅用于金融云(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Enter the resident ID number.</source>
        <comment>@info validation</comment>
        <translation>请输入居民身份证号码。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <comment>@info validation</comment>
        <translation>居民身份证号码应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>The last character must be a digit or X, not %1.</source>
        <comment>@info validation</comment>
        <translation>最后一位必须是数字或 X，而不是 %1。</translation>
    </message>
    <message>
        <source>The character %1 at position %2 must be a digit.</source>
        <comment>@info validation</comment>
        <translation>第 %2 位的字符 %1 必须是数字。</translation>
    </message>
    <message>
        <source>The birth date in the number, %1, is not a real date.</source>
        <comment>@info validation</comment>
        <translation>号码中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the number, %1, is before 1900.</source>
        <comment>@info validation</comment>
        <translation>号码中的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date in the number, %1, is in the future.</source>
        <comment>@info validation</comment>
        <translation>号码中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The last character should be &apos;%1&apos;, not &apos;%2&apos;. Compare the number with the ID card.</source>
        <comment>@info validation</comment>
        <translation>最后一位应为“%1”，而不是“%2”。请对照身份证核对号码。</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Unknown language %1.</source>
        <translation>未知语言 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>SocialCreditCode</name>
    <message>
        <source>Enter the unified social credit code.</source>
        <comment>@info validation</comment>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <comment>@info validation</comment>
        <translation>统一社会信用代码应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot appear in a unified social credit code (it uses the digits and the letters A to Y without I, O, S, V and Z).</source>
        <comment>@info validation</comment>
        <translation>第 %2 位的字符 %1 不能出现在统一社会信用代码中（代码只使用数字和除 I、O、S、V、Z 以外的大写字母）。</translation>
    </message>
    <message>
        <source>The check character should be &apos;%1&apos;, not &apos;%2&apos;. Compare the code with the business licence: a few genuine codes fail this check, so if yours matches the licence exactly you can keep it and give a reason.</source>
        <comment>@info validation</comment>
        <translation>校验位应为“%1”，而不是“%2”。请对照营业执照核对代码：少数真实有效的代码无法通过此校验，如果与营业执照完全一致，可以保留并填写原因。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>There is no profile yet.</source>
        <translation>尚无企业资料。</translation>
    </message>
    <message>
        <source>No profile is called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的企业资料。</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>%1 (profile %2)</source>
        <comment>@info status command</comment>
        <translation>%1（企业资料 %2）</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>@info status command</comment>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>expected by %1</source>
        <comment>@info status command</comment>
        <translation>预计 %1 前完成</translation>
    </message>
    <message>
        <source>OVERDUE by 1 working day</source>
        <comment>@info status command</comment>
        <translation>已逾期 1 个工作日</translation>
    </message>
    <message>
        <source>OVERDUE by %1 working days</source>
        <comment>@info status command</comment>
        <translation>已逾期 %1 个工作日</translation>
    </message>
    <message>
        <source>public holidays of %1 not known; weekends only</source>
        <comment>@info status command</comment>
        <translation>%1 年法定节假日未知，仅按周末计算</translation>
    </message>
    <message>
        <source>needs attention</source>
        <comment>@info status command</comment>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Next: step %1 (%2).</source>
        <comment>@info status command</comment>
        <translation>下一步：第 %1 步（%2）。</translation>
    </message>
    <message>
        <source>All steps are done.</source>
        <comment>@info status command</comment>
        <translation>所有步骤均已完成。</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>This status cannot be set yet:</source>
        <comment>@info</comment>
        <translation>暂时无法设置此状态：</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>@info status time</comment>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>&amp;Status of this step:</source>
        <comment>@label:listbox</comment>
        <translation>本步骤状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <comment>@label:listbox</comment>
        <translation>本步骤状态</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <comment>@title page</comment>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Your progress</source>
        <comment>@title sidebar</comment>
        <translation>您的进度</translation>
    </message>
    <message>
        <source>Waiting for review, expected by %1</source>
        <comment>@info sidebar</comment>
        <translation>等待审核，预计 %1 前完成</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>@info sidebar</comment>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>@info sidebar</comment>
        <translation>受阻</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>Register an account</source>
        <comment>@title step 1</comment>
        <translation>注册账号</translation>
    </message>
    <message>
        <source>Real-name verification</source>
        <comment>@title step 2</comment>
        <translation>实名认证</translation>
    </message>
    <message>
        <source>Finance Cloud certification</source>
        <comment>@title step 3</comment>
        <translation>金融云认证</translation>
    </message>
    <message>
        <source>Finance services</source>
        <comment>@title step 4</comment>
        <translation>账号财务服务</translation>
    </message>
    <message>
        <source>Region and network</source>
        <comment>@title step 5</comment>
        <translation>地域和网络</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>@item step status</comment>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>@item step status</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Submitted, waiting for review</source>
        <comment>@item step status</comment>
        <translation>已提交，等待审核</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@item step status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>@item step status</comment>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <comment>@title page</comment>
        <translation>概览</translation>
    </message>
    <message>
        <source>Where %1 stands, and what comes next.</source>
        <comment>@title</comment>
        <translation>%1 的当前进度及后续步骤。</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>@title:column</comment>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@title:column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@title:column</comment>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Status of every step</source>
        <comment>@label table</comment>
        <translation>各步骤状态</translation>
    </message>
    <message>
        <source>needs attention</source>
        <comment>@info summary</comment>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>What is next</source>
        <comment>@title</comment>
        <translation>后续操作</translation>
    </message>
    <message>
        <source>All five steps are done. The account is ready for Finance Cloud.</source>
        <comment>@info</comment>
        <translation>五个步骤均已完成，账号已可使用金融云。</translation>
    </message>
    <message>
        <source>Step %1 (%2) is waiting for the provider&apos;s review. Come back when it is through and mark it done.</source>
        <comment>@info</comment>
        <translation>第 %1 步（%2）正在等待阿里云审核。审核通过后，请回到这里将其标记为已完成。</translation>
    </message>
    <message>
        <source>Continue with step %1: %2.</source>
        <comment>@info</comment>
        <translation>请继续第 %1 步：%2。</translation>
    </message>
    <message>
        <source>Environment plan</source>
        <comment>@title</comment>
        <translation>环境规划</translation>
    </message>
    <message>
        <source>Region ID: %1 (%2)
Network type: %3</source>
        <comment>@info</comment>
        <translation>地域 ID：%1（%2）
网络类型：%3</translation>
    </message>
    <message>
        <source>classic network</source>
        <comment>@info plan</comment>
        <translation>经典网络</translation>
    </message>
    <message>
        <source>VPC</source>
        <comment>@info plan</comment>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>No region and network chosen yet (step 5).</source>
        <comment>@info</comment>
        <translation>尚未选择地域和网络（第 5 步）。</translation>
    </message>
    <message>
        <source>Your progress is saved automatically in %1.</source>
        <comment>@info</comment>
        <translation>进度会自动保存在 %1 中。</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>@info plan</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>VPC CIDR block: %1</source>
        <comment>@info</comment>
        <translation>专有网络网段：%1</translation>
    </message>
    <message>
        <source>%1 usable addresses</source>
        <comment>@info plan</comment>
        <translation>可用地址 %1 个</translation>
    </message>
    <message>
        <source>to be corrected in step 5</source>
        <comment>@info plan</comment>
        <translation>需在第 5 步中更正</translation>
    </message>
    <message>
        <source>vSwitch %1: zone %2, %3, %4</source>
        <comment>@info</comment>
        <translation>交换机 %1：可用区 %2，%3，%4</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline of %1</source>
        <comment>@title:window</comment>
        <translation>%1 的时间线</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@title:column</comment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>@title:column</comment>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <comment>@title:column</comment>
        <translation>内容</translation>
    </message>
    <message>
        <source>Changes to this profile, newest first</source>
        <comment>@label table</comment>
        <translation>此企业资料的变更记录，最新的在前</translation>
    </message>
    <message>
        <source>Every change to %1, newest first. Field values are not logged.</source>
        <comment>@info</comment>
        <translation>%1 的全部变更，最新的在前。不记录字段的具体值。</translation>
    </message>
</context>
<context>
    <name>VpcPlan</name>
    <message>
        <source>A VPC&apos;s mask must be /8 to /24, not /%1.</source>
        <comment>@info validation</comment>
        <translation>专有网络的掩码必须在 /8 到 /24 之间，不能是 /%1。</translation>
    </message>
    <message>
        <source>A VPC must lie inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16; %1 does not.</source>
        <comment>@info validation</comment>
        <translation>专有网络必须位于 10.0.0.0/8、172.16.0.0/12 或 192.168.0.0/16 之内，%1 不在其中。</translation>
    </message>
    <message>
        <source>A vSwitch&apos;s mask must be /16 to /29, not /%1.</source>
        <comment>@info validation</comment>
        <translation>交换机的掩码必须在 /16 到 /29 之间，不能是 /%1。</translation>
    </message>
    <message>
        <source>%1 lies in 100.64.0.0/10, which the provider reserves; a vSwitch cannot use it.</source>
        <comment>@info validation</comment>
        <translation>%1 位于阿里云保留的 100.64.0.0/10 网段内，交换机不能使用该网段。</translation>
    </message>
    <message>
        <source>%1 is not inside the VPC&apos;s block %2.</source>
        <comment>@info validation</comment>
        <translation>%1 不在专有网络的网段 %2 之内。</translation>
    </message>
    <message>
        <source>%1 usable addresses (the first and the last three are reserved).</source>
        <comment>@info validation</comment>
        <translation>可用地址 %1 个（第一个和最后三个地址为保留地址）。</translation>
    </message>
    <message>
        <source>%1 overlaps vSwitch %2 (%3); vSwitches must not share addresses.</source>
        <comment>@info validation</comment>
        <translation>%1 与交换机 %2（%3）重叠；各交换机的地址不能重叠。</translation>
    </message>
    <message>
        <source>Add at least one vSwitch.</source>
        <comment>@info validation</comment>
        <translation>请至少添加一个交换机。</translation>
    </message>
    <message>
        <source>Finance Cloud recommends a vSwitch in each of two zones, so that the service survives the loss of one zone.</source>
        <comment>@info validation</comment>
        <translation>金融云建议在两个可用区各创建一个交换机，这样即使一个可用区发生故障，服务仍可继续运行。</translation>
    </message>
</context>
<context>
    <name>VpcPlanEditor</name>
    <message>
        <source>%1 usable addresses</source>
        <comment>@info</comment>
        <translation>可用地址 %1 个</translation>
    </message>
    <message>
        <source>VPC address plan</source>
        <comment>@title</comment>
        <translation>专有网络地址规划</translation>
    </message>
    <message>
        <source>Plan the addresses now: a VPC&apos;s block cannot be changed later. Put one vSwitch in each zone you use; Finance Cloud recommends two zones in the same city (active-active), with multi-zone SLB and RDS. The zone IDs of your account are listed in the VPC console.</source>
        <comment>@info</comment>
        <translation>请现在就规划好地址：专有网络的网段创建后无法更改。在用到的每个可用区中各建一个交换机；金融云建议使用同一城市的两个可用区（同城双活），并将 SLB 和 RDS 部署为多可用区。您账号的可用区 ID 可在专有网络控制台中查看。</translation>
    </message>
    <message>
        <source>&amp;VPC CIDR block:</source>
        <comment>@label:textbox</comment>
        <translation>专有网络网段(&amp;V)：</translation>
    </message>
    <message>
        <source>VPC CIDR block</source>
        <comment>@label:textbox</comment>
        <translation>专有网络网段</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>@info:placeholder</comment>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>vSwitches, one per zone:</source>
        <comment>@label</comment>
        <translation>交换机（每个可用区一个）：</translation>
    </message>
    <message>
        <source>Zone ID</source>
        <comment>@title:column</comment>
        <translation>可用区 ID</translation>
    </message>
    <message>
        <source>CIDR block</source>
        <comment>@title:column</comment>
        <translation>网段</translation>
    </message>
    <message>
        <source>&amp;Add vSwitch</source>
        <comment>@action:button</comment>
        <translation>添加交换机(&amp;A)</translation>
    </message>
    <message>
        <source>Add vSwitch</source>
        <comment>@action:button</comment>
        <translation>添加交换机</translation>
    </message>
    <message>
        <source>Zone ID</source>
        <comment>@info:placeholder</comment>
        <translation>可用区 ID</translation>
    </message>
    <message>
        <source>vSwitch %1 zone ID</source>
        <comment>@label:textbox</comment>
        <translation>交换机 %1 的可用区 ID</translation>
    </message>
    <message>
        <source>vSwitch %1 CIDR block</source>
        <comment>@label:textbox</comment>
        <translation>交换机 %1 的网段</translation>
    </message>
    <message>
        <source>vSwitch %1 usable addresses</source>
        <comment>@label</comment>
        <translation>交换机 %1 的可用地址</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove vSwitch %1</source>
        <comment>@action:button</comment>
        <translation>删除交换机 %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>at step %1: %2</source>
        <comment>@item profile list</comment>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>last change %1</source>
        <comment>@item profile list</comment>
        <translation>最后修改于 %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>@title page</comment>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>From a new Alibaba Cloud account to a planned Finance Cloud environment, in five steps.</source>
        <comment>@title</comment>
        <translation>五个步骤，从新注册的阿里云账号到规划就绪的金融云环境。</translation>
    </message>
    <message>
        <source>This assistant walks you through the Finance Cloud onboarding: registration, real-name verification, Finance Cloud certification, finance services, and the choice of region and network. Some steps take days; your progress is saved as you go, so you can close the window at any time and continue where you stopped.</source>
        <comment>@info</comment>
        <translation>本向导将带您完成金融云的开通流程：注册账号、实名认证、金融云认证、账号财务服务，以及选择地域和网络。部分步骤需要数天时间；进度会随时自动保存，您可以随时关闭窗口，下次从中断处继续。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>@label:listbox</comment>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Saved companies</source>
        <comment>@label:listbox</comment>
        <translation>已保存的企业</translation>
    </message>
    <message>
        <source>Name of a new company</source>
        <comment>@label:textbox</comment>
        <translation>新企业名称</translation>
    </message>
    <message>
        <source>Company name as on the business licence</source>
        <comment>@info:placeholder</comment>
        <translation>与营业执照一致的企业名称</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere. Your Alibaba Cloud password is never asked for.</source>
        <comment>@info</comment>
        <translation>本程序不会向任何地方发送数据，也绝不会要求您提供阿里云密码。</translation>
    </message>
    <message>
        <source>Or start a ne&amp;w company:</source>
        <comment>@label:textbox</comment>
        <translation>或新建企业(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Your company&apos;s name:</source>
        <comment>@label:textbox</comment>
        <translation>您的企业名称(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Saved companies:</source>
        <comment>@label:listbox</comment>
        <translation>已保存的企业(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ZoneTable</name>
    <message>
        <source>Region</source>
        <comment>@title:column</comment>
        <translation>地域</translation>
    </message>
    <message>
        <source>Region ID</source>
        <comment>@title:column</comment>
        <translation>地域 ID</translation>
    </message>
    <message>
        <source>Zones</source>
        <comment>@title:column</comment>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Networks</source>
        <comment>@title:column</comment>
        <translation>网络</translation>
    </message>
    <message>
        <source>Classic network</source>
        <comment>@item network type</comment>
        <translation>经典网络</translation>
    </message>
    <message>
        <source>VPC</source>
        <comment>@item network type</comment>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@item list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Finance Cloud regions, zones and networks</source>
        <comment>@label table</comment>
        <translation>金融云地域、可用区和网络</translation>
    </message>
    <message>
        <source>From the provider&apos;s getting-started guide, version %1. The zones available to your account today may differ.</source>
        <comment>@info table caption</comment>
        <translation>数据来自阿里云的金融云新手指南（版本 %1）。您的账号目前可用的可用区可能与此不同。</translation>
    </message>
    <message>
        <source>Finance Cloud supports same-city active-active and disaster-recovery architectures by default.</source>
        <comment>@info table note</comment>
        <translation>默认情况下，金融云即可采用同城双活架构和灾备架构。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guides an enterprise through Alibaba Cloud Finance Cloud onboarding.</source>
        <translation>引导企业完成阿里云金融云的开通流程。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Progress database file (default: %1).</source>
        <translation>进度数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Write every page as PNG into this folder, then exit.</source>
        <translation>将每个页面以 PNG 格式写入此文件夹，然后退出。</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <source>Fix the clock at this ISO 8601 date and time (for tests and screenshots; also FINCLOUD_NOW).</source>
        <translation>将时钟固定在此 ISO 8601 日期时间（用于测试和截图；也可用环境变量 FINCLOUD_NOW 设置）。</translation>
    </message>
    <message>
        <source>status: the company name or profile id (default: last used).</source>
        <translation>status 命令：企业名称或企业资料 ID（默认：上次使用的企业资料）。</translation>
    </message>
    <message>
        <source>Wrote %1 page images into %2</source>
        <translation>已将 %1 张页面图片写入 %2</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been painted (for start-up measurements).</source>
        <translation>窗口首次绘制完成后立即退出（用于测量启动时间）。</translation>
    </message>
    <message>
        <source>check-public-resources, zones: send every API call to this base URL (https; plain http only to this computer; also FINCLOUD_API_ENDPOINT).</source>
        <translation>check-public-resources、zones 命令：将所有 API 调用发送到此基础 URL（须为 https；仅本机可用普通 http；也可用环境变量 FINCLOUD_API_ENDPOINT 设置）。</translation>
    </message>
    <message>
        <source>status, check-public-resources, zones: print JSON (see README).</source>
        <translation>status、check-public-resources、zones 命令：以 JSON 格式输出（参见 README）。</translation>
    </message>
    <message>
        <source>Optional: status (print progress and exit), check-data FILE.json, check-public-resources or zones (AccessKey from ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET).</source>
        <translation>可选：status（输出进度后退出）、check-data FILE.json、check-public-resources 或 zones（AccessKey 取自 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET）。</translation>
    </message>
    <message>
        <source>The progress database was damaged</source>
        <translation>进度数据库已损坏</translation>
    </message>
    <message>
        <source>The newest automatic backup is from %1.</source>
        <translation>最新的自动备份创建于 %1。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>使用空数据库重新开始</translation>
    </message>
</context>
</TS>
