<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About fincloud-onboard</source>
        <comment>@title:window</comment>
        <translation>关于 fincloud-onboard</translation>
    </message>
    <message>
        <source>Finance Cloud Onboarding %1</source>
        <comment>@title program name and version</comment>
        <translation>金融云开通向导 %1</translation>
    </message>
    <message>
        <source>Guides an enterprise through Alibaba Cloud Finance Cloud onboarding.</source>
        <comment>@info</comment>
        <translation>引导企业完成阿里云金融云的开通流程。</translation>
    </message>
    <message>
        <source>Program: fincloud-onboard %1</source>
        <comment>@info</comment>
        <translation>程序：fincloud-onboard %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <comment>@info</comment>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <comment>@info</comment>
        <translation>Qt：%1（构建时为 %2）</translation>
    </message>
    <message>
        <source>Progress database (%1): %2</source>
        <comment>@info %1 SQLite or PostgreSQL</comment>
        <translation>进度数据库（%1）：%2</translation>
    </message>
</context>
<context>
    <name>AccessKeyDialog</name>
    <message>
        <source>AccessKey for Alibaba Cloud</source>
        <comment>@title:window</comment>
        <translation>阿里云 AccessKey</translation>
    </message>
    <message>
        <source>The wizard asks Alibaba Cloud&apos;s OpenAPI with an AccessKey of the account. Reading is enough: for a RAM user, the policies AliyunECSReadOnlyAccess and AliyunRDSReadOnlyAccess. The secret stays in memory until you close the program, unless you ask to remember it.</source>
        <comment>@info</comment>
        <translation>向导使用该账号的 AccessKey 调用阿里云 OpenAPI。只需读取权限：对于 RAM 用户，授予 AliyunECSReadOnlyAccess 和 AliyunRDSReadOnlyAccess 策略即可。除非您选择记住，AccessKey Secret 只保存在内存中，关闭程序后即清除。</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <comment>@label:textbox</comment>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <comment>@label:textbox</comment>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>&amp;Remember the key in this computer&apos;s keychain</source>
        <comment>@option:check</comment>
        <translation>在本机的系统钥匙串中记住此 AccessKey(&amp;R)</translation>
    </message>
    <message>
        <source>The keychain is the operating system&apos;s password store; the progress database never holds the secret.</source>
        <comment>@info</comment>
        <translation>系统钥匙串是操作系统的密码存储；进度数据库中绝不会保存 AccessKey Secret。</translation>
    </message>
    <message>
        <source>No keychain is available; the key is kept only until you close the program.</source>
        <comment>@info</comment>
        <translation>没有可用的系统钥匙串；AccessKey 只保留到您关闭程序为止。</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <comment>@label:textbox</comment>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <comment>@label:textbox</comment>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>Use this key</source>
        <comment>@action:button</comment>
        <translation>使用此 AccessKey</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>The credentials configured on this computer were not used. %1</source>
        <comment>@info %1 says why, e.g. a file that is not valid JSON</comment>
        <translation>未使用本机已配置的凭据。%1</translation>
    </message>
</context>
<context>
    <name>AccountCheckPanel</name>
    <message>
        <source>Read it from the account</source>
        <comment>@title:group</comment>
        <translation>从账号读取</translation>
    </message>
    <message>
        <source>With an AccessKey of the account, the wizard can read this from Alibaba Cloud instead of asking (read-only calls). Each finding is kept on the profile with its time and RequestId; a suggestion changes nothing until you confirm it.</source>
        <comment>@info</comment>
        <translation>有了该账号的 AccessKey，向导可以从阿里云读取这些信息，而不必询问您（只读调用）。每项结果连同时间和 RequestId 保存在档案中；建议在您确认之前不会改变任何内容。</translation>
    </message>
    <message>
        <source>Retrie&amp;ve from the account</source>
        <comment>@action:button</comment>
        <translation>从账号读取(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <comment>@action:button</comment>
        <translation>取消读取</translation>
    </message>
    <message>
        <source>Reading from the account</source>
        <comment>@label</comment>
        <translation>正在从账号读取</translation>
    </message>
    <message>
        <source>Use this…</source>
        <comment>@action:button</comment>
        <translation>采用…</translation>
    </message>
    <message>
        <source>Use this: %1</source>
        <comment>@action:button %1 a check&apos;s name</comment>
        <translation>采用：%1</translation>
    </message>
    <message>
        <source>AccessKey: %1</source>
        <comment>@info</comment>
        <translation>AccessKey：%1</translation>
    </message>
    <message>
        <source>No AccessKey yet: the wizard asks for one when you start.</source>
        <comment>@info</comment>
        <translation>尚无 AccessKey：开始时向导会请您输入。</translation>
    </message>
    <message>
        <source>Set step %1 (%2) to &quot;%3&quot;?</source>
        <comment>@info question</comment>
        <translation>将第 %1 步（%2）设为“%3”？</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot; to &quot;%2&quot;?</source>
        <comment>@info question</comment>
        <translation>将“%1”设为“%2”？</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>@info a ticked box</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>Use the account&apos;s finding</source>
        <comment>@title</comment>
        <translation>采用账号的检查结果</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>There is no progress database at %1: check-account stores its findings only in an existing profile.</source>
        <comment>@info %1 a file path</comment>
        <translation>%1 处没有进度数据库：check-account 只把检查结果保存到已有的档案中。</translation>
    </message>
    <message>
        <source>The account as seen with the AccessKey %1</source>
        <comment>@title</comment>
        <translation>通过 AccessKey %1 看到的账号</translation>
    </message>
    <message>
        <source>Stored in profile %1; confirm a suggestion in the wizard.</source>
        <comment>@info</comment>
        <translation>已保存到档案 %1；请在向导中确认建议。</translation>
    </message>
</context>
<context>
    <name>AccountEvidenceText</name>
    <message>
        <source>Whose key this is</source>
        <comment>@title check</comment>
        <translation>密钥属于谁</translation>
    </message>
    <message>
        <source>Account balance</source>
        <comment>@title check</comment>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <comment>@title check</comment>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Finance regions</source>
        <comment>@title check</comment>
        <translation>金融云地域</translation>
    </message>
    <message>
        <source>Could not check: the key may not read this (%1). The read-only policy %2 grants it.</source>
        <comment>@info %1 the service&apos;s error code, %2 a RAM policy name</comment>
        <translation>无法检查：该密钥无权读取此项（%1）。只读策略 %2 可授予此权限。</translation>
    </message>
    <message>
        <source>Could not check.</source>
        <comment>@info</comment>
        <translation>无法检查。</translation>
    </message>
    <message>
        <source>Could not check (%1).</source>
        <comment>@info %1 an error code</comment>
        <translation>无法检查（%1）。</translation>
    </message>
    <message>
        <source>The key is the root account&apos;s own key (account %1). The guide recommends a RAM user&apos;s key for daily work.</source>
        <comment>@info %1 an account id</comment>
        <translation>该密钥是主账号自己的密钥（账号 %1）。指南建议日常工作使用 RAM 用户的密钥。</translation>
    </message>
    <message>
        <source>The key belongs to a RAM user of account %1.</source>
        <comment>@info %1 an account id</comment>
        <translation>该密钥属于账号 %1 的一个 RAM 用户。</translation>
    </message>
    <message>
        <source>The key is a role&apos;s temporary key in account %1.</source>
        <comment>@info %1 an account id</comment>
        <translation>该密钥是账号 %1 中某个角色的临时密钥。</translation>
    </message>
    <message>
        <source>The key belongs to account %1 (identity type %2).</source>
        <comment>@info %1 an account id</comment>
        <translation>该密钥属于账号 %1（身份类型 %2）。</translation>
    </message>
    <message>
        <source>Available balance: %1 %2. The account has been topped up.</source>
        <comment>@info %1 an amount, %2 a currency</comment>
        <translation>可用余额：%1 %2。账号已充值。</translation>
    </message>
    <message>
        <source>Available balance: %1 %2. The account has not been topped up yet.</source>
        <comment>@info %1 an amount, %2 a currency</comment>
        <translation>可用余额：%1 %2。账号尚未充值。</translation>
    </message>
    <message>
        <source>No invoice title is set up on the account yet.</source>
        <comment>@info</comment>
        <translation>账号上尚未设置发票抬头。</translation>
    </message>
    <message numerus="yes">
        <source>An invoice title is set up on the account (%n title(s)).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>账号上已设置发票抬头（%n 个抬头）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An invoice title is set up on the account: &quot;%1&quot; (%n title(s)).</source>
        <comment>@info %1 the invoice title</comment>
        <translation>
            <numerusform>账号上已设置发票抬头：“%1”（%n 个抬头）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No finance region is visible to the account: certification does not appear to be complete yet.</source>
        <comment>@info</comment>
        <translation>该账号看不到任何金融云地域：金融云认证看来尚未完成。</translation>
    </message>
    <message>
        <source>Finance regions visible to the account: %1. Certification appears to be complete (an inference from the region list, not a confirmation).</source>
        <comment>@info %1 region ids</comment>
        <translation>该账号可见的金融云地域：%1。金融云认证看来已完成（这是根据地域列表的推断，并非确认）。</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <comment>@info %1 a date and time</comment>
        <translation>检查于 %1</translation>
    </message>
    <message>
        <source>Checked %1 · RequestId %2</source>
        <comment>@info %1 a date and time</comment>
        <translation>检查于 %1 · RequestId %2</translation>
    </message>
    <message>
        <source>Suggested: step %1 (%2) %3</source>
        <comment>@info %3 a status</comment>
        <translation>建议：第 %1 步（%2）%3</translation>
    </message>
    <message>
        <source>Suggested: mark the top-up as done</source>
        <comment>@info</comment>
        <translation>建议：标记为已充值</translation>
    </message>
    <message>
        <source>Suggested: %1 &quot;%2&quot;</source>
        <comment>@info %1 a field&apos;s name, %2 its value</comment>
        <translation>建议：%1“%2”</translation>
    </message>
    <message>
        <source>Account check, %1: %2</source>
        <comment>@info timeline</comment>
        <translation>账号检查，%1：%2</translation>
    </message>
    <message>
        <source>Account check, %1: %2 (RequestId %3)</source>
        <comment>@info timeline</comment>
        <translation>账号检查，%1：%2（RequestId %3）</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>unknown time</source>
        <comment>@info</comment>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2 yet.</source>
        <comment>@info</comment>
        <translation>%2 中还没有 %1 的备份。</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <comment>@info</comment>
        <translation>%1 的备份（最新的在前）：</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n 个档案</numerusform>
        </translation>
    </message>
    <message>
        <source>not usable: %1</source>
        <comment>@info</comment>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Damaged copies set aside (kept until you dismiss them with &quot;fincloud-onboard dismiss-damaged&quot;):</source>
        <comment>@info</comment>
        <translation>已移到一旁的损坏副本（在您用 &quot;fincloud-onboard dismiss-damaged&quot; 忽略之前一直保留）：</translation>
    </message>
    <message>
        <source>Restored %1 as %2.</source>
        <comment>@info</comment>
        <translation>已将 %1 恢复为 %2。</translation>
    </message>
    <message>
        <source>The database that was there is kept as %1.</source>
        <comment>@info</comment>
        <translation>原来位于该处的数据库已保留为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copy(s) dismissed; the files are kept, renamed &quot;dismissed&quot;.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>已忽略 %n 个损坏副本；文件仍然保留，改名为“dismissed”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: a damaged copy of the progress database lies beside it (%1). List the backups with &quot;fincloud-onboard backups&quot;, restore one with &quot;fincloud-onboard restore FILE&quot;, or stop this note with &quot;fincloud-onboard dismiss-damaged&quot;.</source>
        <comment>@info</comment>
        <translation>注意：进度数据库旁边有一个损坏的副本（%1）。用 &quot;fincloud-onboard backups&quot; 列出备份，用 &quot;fincloud-onboard restore FILE&quot; 恢复其中一个，或用 &quot;fincloud-onboard dismiss-damaged&quot; 不再显示此提示。</translation>
    </message>
    <message>
        <source>The wizard is open on %1: close it first. Nothing was changed.</source>
        <comment>@info</comment>
        <translation>向导已在 %1 上打开：请先将其关闭。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>BackupShelf</name>
    <message>
        <source>The progress database %1 could not be moved aside (is its folder read-only?). Nothing was changed.</source>
        <comment>@info</comment>
        <translation>无法将进度数据库 %1 移到一旁（其所在文件夹是否为只读？）。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 could not be renamed (is its folder read-only?).</source>
        <comment>@info</comment>
        <translation>无法重命名 %1（其所在文件夹是否为只读？）。</translation>
    </message>
    <message>
        <source>%1 is not a whole backup with at least one profile, so it was not restored. Nothing was changed.</source>
        <comment>@info</comment>
        <translation>%1 不是包含至少一个档案的完整备份，因此未恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <comment>@info</comment>
        <translation>无法读取备份 %1。</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1, so the database was left as it was.</source>
        <comment>@info</comment>
        <translation>无法将备份复制到 %1，数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <comment>@title:window</comment>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>There is no backup of %1 yet. A backup is made at most once a day, when the database holds a profile and has changed.</source>
        <comment>@info</comment>
        <translation>%1 还没有备份。只有当数据库中有档案并且发生了变化时，才会创建备份，每天最多一次。</translation>
    </message>
    <message>
        <source>Automatic backups of %1, newest first. Restoring closes this window, puts the backup in the database&apos;s place (the database there now is kept beside it, named &quot;replaced&quot;), and opens the program again.</source>
        <comment>@info</comment>
        <translation>%1 的自动备份，最新的在前。恢复时会关闭此窗口，用备份替换数据库（现有的数据库保留在旁边，名称中带有“replaced”），然后重新打开程序。</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>@title:column</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Profiles</source>
        <comment>@title:column</comment>
        <translation>档案数</translation>
    </message>
    <message>
        <source>File</source>
        <comment>@title:column</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Backups</source>
        <comment>@label</comment>
        <translation>备份</translation>
    </message>
    <message>
        <source>not usable</source>
        <comment>@item:intable backup</comment>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Damaged copies set aside, kept until you dismiss them: %1</source>
        <comment>@info</comment>
        <translation>已移到一旁的损坏副本，在您忽略之前一直保留：%1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <comment>@action:button</comment>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <comment>@action:button</comment>
        <translation>恢复所选备份</translation>
    </message>
</context>
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
        <source>Submission o&amp;utcome:</source>
        <comment>@label:listbox</comment>
        <translation>提交结果(&amp;U)：</translation>
    </message>
    <message>
        <source>The application says we hold public-cloud resources and should apply with a new account. What does that mean?</source>
        <comment>@info FAQ</comment>
        <translation>申请时提示我们持有公共云资源，应改用新账号申请，这是什么意思？</translation>
    </message>
    <message>
        <source>The last automatic check found public-cloud instances. Release them and check again before you confirm.</source>
        <comment>@info</comment>
        <translation>上次自动检查发现了公共云实例。请先释放这些实例并重新检查，然后再确认。</translation>
    </message>
    <message>
        <source>This outcome cannot be recorded yet:</source>
        <comment>@info</comment>
        <translation>尚不能记录这一结果：</translation>
    </message>
    <message>
        <source>I have checked: this account holds no public-cloud &amp;resources</source>
        <comment>@option:check</comment>
        <translation>我已确认：此账号名下没有公共云资源(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CertificationStep</name>
    <message>
        <source>Unknown outcome.</source>
        <comment>@info</comment>
        <translation>未知的结果。</translation>
    </message>
    <message>
        <source>The confirmation cannot be withdrawn while the step is submitted or done. Set the status back first.</source>
        <comment>@info</comment>
        <translation>此步骤已提交或已完成时，不能撤回确认。请先把状态改回。</translation>
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
    <name>ChecklistCommand</name>
    <message numerus="yes">
        <source>Wrote the checklist of &quot;%1&quot; to %2 (%n page(s)).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>已将“%1”的清单写入 %2（共 %n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>A login name for a new account used only for Finance Cloud (a shared company account, not a person&apos;s).</source>
        <comment>@item checklist</comment>
        <translation>金融云专用新账号的登录名（使用公司的公共账号，而不是个人账号）。</translation>
    </message>
    <message>
        <source>A mobile number that can receive the verification code.</source>
        <comment>@item checklist</comment>
        <translation>能接收验证码的手机号码。</translation>
    </message>
    <message>
        <source>A company e-mail address (on the company&apos;s own domain).</source>
        <comment>@item checklist</comment>
        <translation>企业邮箱地址（使用公司自己的域名）。</translation>
    </message>
    <message>
        <source>The business licence: company name and unified social credit code exactly as printed.</source>
        <comment>@item checklist</comment>
        <translation>营业执照：企业名称和统一社会信用代码须与执照上印的完全一致。</translation>
    </message>
    <message>
        <source>The method: the legal representative&apos;s face scan (their Alipay), enterprise Alipay, or the corporate bank account.</source>
        <comment>@item checklist</comment>
        <translation>认证方式：法定代表人刷脸认证（使用其支付宝）、企业支付宝认证或企业银行卡信息认证。</translation>
    </message>
    <message>
        <source>For the bank account method: the account number and the bank. A small deposit arrives within 2–3 working days; its exact amount (two decimals) completes the verification.</source>
        <comment>@item checklist</comment>
        <translation>采用企业银行卡信息认证时：需要对公账户账号和开户银行。小额打款会在 2–3 个工作日内到账，准确填写该金额（两位小数）即可完成认证。</translation>
    </message>
    <message>
        <source>Before applying: an account that still holds public-cloud resources can no longer open the console once it is certified.</source>
        <comment>@item checklist</comment>
        <translation>申请前注意：仍持有公共云资源的账号一旦通过认证，就无法再进入控制台。</translation>
    </message>
    <message>
        <source>The company data for the application form.</source>
        <comment>@item checklist</comment>
        <translation>申请表所需的企业资料。</translation>
    </message>
    <message>
        <source>How the contract is signed: online in the console, or on paper (write to %1).</source>
        <comment>@item checklist</comment>
        <translation>合同签订方式：在控制台中在线签订，或签订纸质合同（发邮件至 %1）。</translation>
    </message>
    <message>
        <source>The invoice title and the taxpayer number.</source>
        <comment>@item checklist</comment>
        <translation>发票抬头和纳税人识别号。</translation>
    </message>
    <message>
        <source>Money on a public-cloud account: a finance ticket opened from that account moves it.</source>
        <comment>@item checklist</comment>
        <translation>公共云账号资金：从该账号提交财务类工单即可转移。</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>@title:column checklist</comment>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@title:column checklist</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@title:column checklist</comment>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Expected by</source>
        <comment>@title:column checklist</comment>
        <translation>预计完成时间</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <comment>@info checklist</comment>
        <translation>需要处理：%1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <comment>@info checklist</comment>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>What to prepare next</source>
        <comment>@title checklist</comment>
        <translation>接下来需要准备的材料</translation>
    </message>
    <message>
        <source>All five steps are done. The account is ready for Finance Cloud.</source>
        <comment>@info checklist</comment>
        <translation>五个步骤均已完成，账号已可使用金融云。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <comment>@info checklist</comment>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>While you wait, prepare step %1: %2</source>
        <comment>@info checklist</comment>
        <translation>等待期间，请准备第 %1 步：%2</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@title checklist</comment>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Finance Cloud staff: %1 — for a failed certification, a paper contract, help with moving servers, and a verification that cannot be finished online.</source>
        <comment>@info checklist</comment>
        <translation>金融云工作人员：%1 — 适用于认证失败、签订纸质合同、服务器迁移协助，以及无法在线完成的实名认证。</translation>
    </message>
    <message>
        <source>The account&apos;s contact on record:</source>
        <comment>@info checklist</comment>
        <translation>账号登记的联系方式：</translation>
    </message>
    <message>
        <source>Region and network plan</source>
        <comment>@title checklist</comment>
        <translation>地域和网络规划</translation>
    </message>
    <message>
        <source>No region and network chosen yet (step 5).</source>
        <comment>@info checklist</comment>
        <translation>尚未选择地域和网络（第 5 步）。</translation>
    </message>
    <message>
        <source>classic network</source>
        <comment>@info checklist</comment>
        <translation>经典网络</translation>
    </message>
    <message>
        <source>VPC</source>
        <comment>@info checklist</comment>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>@info checklist</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <comment>@title:column checklist</comment>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Zone</source>
        <comment>@title:column checklist</comment>
        <translation>可用区</translation>
    </message>
    <message>
        <source>CIDR block</source>
        <comment>@title:column checklist</comment>
        <translation>网段</translation>
    </message>
    <message>
        <source>Usable addresses</source>
        <comment>@title:column checklist</comment>
        <translation>可用地址数</translation>
    </message>
    <message>
        <source>to be corrected in step 5</source>
        <comment>@info checklist</comment>
        <translation>需在第 5 步中更正</translation>
    </message>
    <message>
        <source>Finance Cloud onboarding checklist: %1</source>
        <comment>@title checklist</comment>
        <translation>金融云开通清单：%1</translation>
    </message>
    <message>
        <source>Finance Cloud onboarding checklist</source>
        <comment>@title checklist</comment>
        <translation>金融云开通清单</translation>
    </message>
    <message>
        <source>As of %1</source>
        <comment>@info checklist</comment>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@title checklist</comment>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Printed by fincloud-onboard %1. Passwords and AccessKeys are never stored, so they are not on this page either.</source>
        <comment>@info checklist</comment>
        <translation>由 fincloud-onboard %1 打印。程序从不保存密码和 AccessKey，因此本页也不包含这些信息。</translation>
    </message>
    <message>
        <source>unreadable (damaged data)</source>
        <comment>@info checklist</comment>
        <translation>无法读取（数据已损坏）</translation>
    </message>
    <message>
        <source>Damaged data: the database holds values this program cannot read.</source>
        <comment>@info checklist</comment>
        <translation>数据已损坏：数据库中有本程序无法读取的值。</translation>
    </message>
    <message numerus="yes">
        <source>Region: %1 (%2), %n zone(s) in the guide</source>
        <comment>@info checklist: %1 region name, %2 region ID</comment>
        <translation>
            <numerusform>地域：%1（%2），指南中有 %n 个可用区</numerusform>
        </translation>
    </message>
    <message>
        <source>The region, and VPC as the network (the guide&apos;s classic network is no longer offered for new environments).</source>
        <comment>@item checklist</comment>
        <translation>地域，以及专有网络 VPC 作为网络（指南中的经典网络已不再向新环境提供）。</translation>
    </message>
    <message>
        <source>The VPC&apos;s address block (the guide, 2020: it cannot be changed later; today it can be resized within its first range or extended with secondary blocks) and one vSwitch per zone, two zones recommended.</source>
        <comment>@item checklist</comment>
        <translation>专有网络 VPC 的网段（指南，2020 年：创建后无法更改；如今可在原网段范围内调整大小或添加附加网段），以及每个可用区一个交换机，建议使用两个可用区。</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Cannot write %1.</source>
        <comment>@info checklist</comment>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <comment>@info checklist</comment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>CloudCommands</name>
    <message>
        <source>ROS did not accept the template (ValidateTemplate):</source>
        <comment>@info</comment>
        <translation>ROS 未接受该模板（ValidateTemplate）：</translation>
    </message>
    <message numerus="yes">
        <source>ROS accepted the template (ValidateTemplate, %n output(s)).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>ROS 已接受该模板（ValidateTemplate，%n 个输出）。</numerusform>
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
    <message>
        <source>aliyun CLI profile &quot;%1&quot;</source>
        <comment>@info where an AccessKey came from</comment>
        <translation>aliyun CLI 配置“%1”</translation>
    </message>
    <message>
        <source>credentials file, profile &quot;%1&quot;</source>
        <comment>@info where an AccessKey came from</comment>
        <translation>凭据文件，配置“%1”</translation>
    </message>
    <message>
        <source>%1, STS token</source>
        <comment>@info where an AccessKey came from, then its kind</comment>
        <translation>%1，STS 令牌</translation>
    </message>
    <message>
        <source>%1, role assumed through STS</source>
        <comment>@info where an AccessKey came from, then its kind</comment>
        <translation>%1，经 STS 扮演的角色</translation>
    </message>
</context>
<context>
    <name>CloudErrorText</name>
    <message>
        <source>%1.</source>
        <comment>@info a cause as a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@info a cause as a sentence, then what to do</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <comment>@info the API, when no host is known</comment>
        <translation>阿里云</translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 within %n second(s)</source>
        <comment>@info cause, %1 is a host name</comment>
        <translation>
            <numerusform>%1 在 %n 秒内没有响应</numerusform>
        </translation>
    </message>
    <message>
        <source>no secure connection to %1 (the certificate could not be verified)</source>
        <comment>@info cause, %1 is a host name</comment>
        <translation>无法与 %1 建立安全连接（无法验证其证书）</translation>
    </message>
    <message>
        <source>cannot reach %1</source>
        <comment>@info cause, %1 is a host name</comment>
        <translation>无法连接 %1</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2)</source>
        <comment>@info cause, %1 is a host name, %2 why</comment>
        <translation>无法连接 %1（%2）</translation>
    </message>
    <message>
        <source>the answer from %1 was larger than %2 MB</source>
        <comment>@info cause, %1 is a host name</comment>
        <translation>%1 返回的响应超过 %2 MB</translation>
    </message>
    <message>
        <source>the answer from %1 was incomplete or not in the expected form</source>
        <comment>@info cause, %1 is a host name</comment>
        <translation>%1 返回的响应不完整或格式不符合预期</translation>
    </message>
    <message>
        <source>the server %1 reported an internal error (HTTP %2)</source>
        <comment>@info cause, %1 is a host name</comment>
        <translation>服务器 %1 报告内部错误（HTTP %2）</translation>
    </message>
    <message>
        <source>the server %1 answered with an error (HTTP %2)</source>
        <comment>@info cause, %1 is a host name</comment>
        <translation>服务器 %1 返回错误（HTTP %2）</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <comment>@info cause</comment>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>no AccessKey has been given yet</source>
        <comment>@info cause</comment>
        <translation>尚未提供 AccessKey</translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <comment>@info advice</comment>
        <translation>请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date, the proxy and the firewall; the wizard does not connect without a valid certificate.</source>
        <comment>@info advice</comment>
        <translation>请检查本机日期、代理和防火墙；证书无效时，向导不会建立连接。</translation>
    </message>
    <message>
        <source>Check the network connection, the proxy and the firewall, then try again.</source>
        <comment>@info advice</comment>
        <translation>请检查网络连接、代理和防火墙后重试。</translation>
    </message>
    <message>
        <source>If you use a gateway or proxy, check that it forwards Alibaba Cloud&apos;s answers unchanged.</source>
        <comment>@info advice</comment>
        <translation>如果您使用了网关或代理，请确认它会原样转发阿里云的响应。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, send the details to support.</source>
        <comment>@info advice</comment>
        <translation>请重试；如果问题反复出现，请将详细信息发送给技术支持。</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, send the details to support.</source>
        <comment>@info advice</comment>
        <translation>请稍后重试；如果问题反复出现，请将详细信息发送给技术支持。</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>@info why a host cannot be reached</comment>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the connection was closed early</source>
        <comment>@info why a host cannot be reached</comment>
        <translation>连接被提前关闭</translation>
    </message>
    <message>
        <source>host name not found</source>
        <comment>@info why a host cannot be reached</comment>
        <translation>找不到主机名</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <comment>@info why a host cannot be reached</comment>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>no network</source>
        <comment>@info why a host cannot be reached</comment>
        <translation>没有网络</translation>
    </message>
    <message>
        <source>the proxy did not let the request through</source>
        <comment>@info why a host cannot be reached</comment>
        <translation>代理未放行该请求</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID</source>
        <comment>@info cause</comment>
        <translation>阿里云中不存在此 AccessKey ID</translation>
    </message>
    <message>
        <source>Check that you copied the whole ID and that the key has not been deleted.</source>
        <comment>@info advice</comment>
        <translation>请确认已完整复制 ID，且该 AccessKey 未被删除。</translation>
    </message>
    <message>
        <source>this AccessKey is disabled</source>
        <comment>@info cause</comment>
        <translation>此 AccessKey 已被禁用</translation>
    </message>
    <message>
        <source>Enable it in the RAM console, or use another key.</source>
        <comment>@info advice</comment>
        <translation>请在 RAM 控制台中启用它，或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>Alibaba Cloud could not confirm the request&apos;s signature: the AccessKey secret is probably wrong</source>
        <comment>@info cause</comment>
        <translation>阿里云无法验证请求的签名：AccessKey Secret 可能有误</translation>
    </message>
    <message>
        <source>Enter the secret again.</source>
        <comment>@info advice</comment>
        <translation>请重新输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is more than 15 minutes off, so Alibaba Cloud refused the request</source>
        <comment>@info cause</comment>
        <translation>本机时钟偏差超过 15 分钟，阿里云拒绝了请求</translation>
    </message>
    <message>
        <source>Set the clock right (automatic time is best), then try again.</source>
        <comment>@info advice</comment>
        <translation>请校准时钟（最好开启自动设置时间）后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused a repeated request</source>
        <comment>@info cause</comment>
        <translation>阿里云拒绝了重复的请求</translation>
    </message>
    <message>
        <source>Try again.</source>
        <comment>@info advice</comment>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>the Alibaba Cloud account has not finished real-name verification (实名认证)</source>
        <comment>@info cause</comment>
        <translation>该阿里云账号尚未完成实名认证</translation>
    </message>
    <message>
        <source>Finish real-name verification first.</source>
        <comment>@info advice</comment>
        <translation>请先完成实名认证。</translation>
    </message>
    <message>
        <source>Alibaba Cloud is limiting how often this key may call it</source>
        <comment>@info cause</comment>
        <translation>阿里云正在限制此 AccessKey 的调用频率</translation>
    </message>
    <message>
        <source>this AccessKey lacks a RAM permission the request needs</source>
        <comment>@info cause</comment>
        <translation>此 AccessKey 缺少该请求所需的 RAM 权限</translation>
    </message>
    <message>
        <source>this AccessKey is not allowed to call %1</source>
        <comment>@info cause, %1 is a RAM action such as ecs:DescribeInstances</comment>
        <translation>此 AccessKey 无权调用 %1</translation>
    </message>
    <message>
        <source>the server %1 reported an internal error (HTTP %2, %3)</source>
        <comment>@info cause, %1 is a host name, %3 the service&apos;s error code</comment>
        <translation>服务器 %1 报告内部错误（HTTP %2，%3）</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused the request (%1)</source>
        <comment>@info cause, %1 is the service&apos;s error code</comment>
        <translation>阿里云拒绝了请求（%1）</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <comment>@info advice</comment>
        <translation>请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>Ask the account owner to grant it.</source>
        <comment>@info advice</comment>
        <translation>请联系账号所有者授权。</translation>
    </message>
    <message>
        <source>Ask the account owner to grant the RAM permission %1 to this key&apos;s user (read-only access is enough).</source>
        <comment>@info advice, %1 is a RAM action such as ecs:DescribeInstances</comment>
        <translation>请联系账号所有者，为该 AccessKey 所属的用户授予 RAM 权限 %1（只读权限即可）。</translation>
    </message>
    <message>
        <source>If it keeps happening, send the details to support.</source>
        <comment>@info advice</comment>
        <translation>如果问题反复出现，请将详细信息发送给技术支持。</translation>
    </message>
    <message>
        <source>Enter the AccessKey ID and secret, set the environment variables %1 and %2, or configure the aliyun CLI (aliyun configure) and start the wizard again.</source>
        <comment>@info advice, %1 and %2 are environment variable names</comment>
        <translation>请输入 AccessKey ID 和 AccessKey Secret，设置环境变量 %1 和 %2，或配置 aliyun CLI（aliyun configure）后重新启动向导。</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>the network of step 5 as code</source>
        <translation>将第 5 步的网络生成为代码</translation>
    </message>
    <message>
        <source>print progress and exit</source>
        <translation>打印进度后退出</translation>
    </message>
    <message>
        <source>print the text for support</source>
        <translation>打印提供给技术支持的文本</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>列出备份</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>@info --help</comment>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info --help</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Optional: %1.</source>
        <comment>@info --help</comment>
        <translation>可选：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info --help</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>for an administrator: a shared database&apos;s tables and staff role</source>
        <translation>供管理员使用：共享数据库的表和员工角色</translation>
    </message>
    <message>
        <source>key from the environment, the aliyun CLI profile or the credentials file, as the official SDKs look it up</source>
        <translation>密钥取自环境变量、aliyun CLI 配置或凭据文件，查找方式与官方 SDK 相同</translation>
    </message>
    <message>
        <source>whose key, balance, invoice title and finance regions; with --profile, stored in that profile</source>
        <translation>密钥归属、余额、发票抬头和金融云地域；带 --profile 时保存到该档案</translation>
    </message>
    <message>
        <source>the VPC and vSwitches as built beside the profile&apos;s plan; stored in that profile</source>
        <translation>已建的 VPC 和交换机与档案中的规划对照；结果保存在该档案中</translation>
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
    <message>
        <source>The value contains a control character (%1) at position %2; remove it.</source>
        <comment>@info validation</comment>
        <translation>该值在第 %2 个位置包含控制字符（%1）；请将其删除。</translation>
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
    <name>CredentialChain</name>
    <message>
        <source>Use an AccessKey (mode AK), STS credentials (StsToken) or a RAM role assumed with an AccessKey (RamRoleArn): for example aliyun configure --profile NAME --mode AK, or the environment variables %1 and %2.</source>
        <comment>@info what to use instead of an unsupported credential mode; %1 and %2 are environment variable names</comment>
        <translation>请改用 AccessKey（模式 AK）、STS 凭据（StsToken）或用 AccessKey 扮演的 RAM 角色（RamRoleArn）：例如 aliyun configure --profile NAME --mode AK，或环境变量 %1 和 %2。</translation>
    </message>
    <message>
        <source>%1 uses the credential mode %2, which this program does not support. %3</source>
        <comment>@info %1 names where (a profile, variables), %2 is a mode such as OAuth</comment>
        <translation>%1 使用凭据模式 %2，本程序不支持该模式。%3</translation>
    </message>
    <message>
        <source>Cannot use the credentials in %1: %2</source>
        <comment>@info %1 is a file, %2 says what is wrong with it</comment>
        <translation>无法使用 %1 中的凭据：%2</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; has no %2.</source>
        <comment>@info %2 is a field name</comment>
        <translation>配置“%1”缺少 %2。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <comment>@info %1 is the system&apos;s reason</comment>
        <translation>无法读取该文件（%1）。</translation>
    </message>
    <message>
        <source>The environment variables %1, %2 and %3</source>
        <comment>@info they are variable names; the sentence goes on: uses the credential mode …</comment>
        <translation>环境变量 %1、%2 和 %3</translation>
    </message>
    <message>
        <source>The environment variable %1</source>
        <comment>@info a variable name; the sentence goes on: uses the credential mode …</comment>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; asks for %2 seconds (expired_seconds); STS needs at least %3.</source>
        <comment>@info</comment>
        <translation>配置“%1”请求 %2 秒（expired_seconds）；STS 至少需要 %3 秒。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile &quot;%1&quot; in %2</source>
        <comment>@info the sentence goes on: uses the credential mode …</comment>
        <translation>%2 中的 aliyun CLI 配置“%1”</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <comment>@info</comment>
        <translation>它不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <comment>@info</comment>
        <translation>它不是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not a list.</source>
        <comment>@info</comment>
        <translation>“profiles”不是列表。</translation>
    </message>
    <message>
        <source>a profile is not a JSON object.</source>
        <comment>@info</comment>
        <translation>其中一个配置不是 JSON 对象。</translation>
    </message>
    <message>
        <source>line %1 opens a [section] that does not close.</source>
        <comment>@info</comment>
        <translation>第 %1 行的 [节] 没有闭合。</translation>
    </message>
    <message>
        <source>line %1 is neither a [section] nor key = value.</source>
        <comment>@info</comment>
        <translation>第 %1 行既不是 [节]，也不是“键 = 值”。</translation>
    </message>
    <message>
        <source>The profile [%1] in %2</source>
        <comment>@info the sentence goes on: uses the credential mode …</comment>
        <translation>%2 中的配置 [%1]</translation>
    </message>
    <message>
        <source>the profile [%1] has the type &quot;%2&quot;; the credentials file knows access_key, ram_role_arn and ecs_ram_role.</source>
        <comment>@info</comment>
        <translation>配置 [%1] 的类型为“%2”；凭据文件只认识 access_key、ram_role_arn 和 ecs_ram_role。</translation>
    </message>
    <message>
        <source>there is no such file (named by %1).</source>
        <comment>@info</comment>
        <translation>该文件不存在（由 %1 指定）。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; in %2 or %3.</source>
        <comment>@info %1 is a profile name, %2 and %3 are files</comment>
        <translation>%2 和 %3 中都没有配置“%1”。</translation>
    </message>
    <message>
        <source>No AccessKey is set. Set the environment variables %1 and %2, configure the aliyun CLI (aliyun configure, %3), or write a credentials file (%4); then try again.</source>
        <comment>@info %1 and %2 are environment variable names, %3 and %4 files</comment>
        <translation>未设置 AccessKey。请设置环境变量 %1 和 %2，或配置 aliyun CLI（aliyun configure，%3），或编写凭据文件（%4），然后重试。</translation>
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
    <message>
        <source>A change this version cannot name (%1 %2)</source>
        <comment>@info timeline</comment>
        <translation>此版本无法说明的更改（%1 %2）</translation>
    </message>
    <message>
        <source>Checked the account for public-cloud resources</source>
        <comment>@info timeline</comment>
        <translation>检查了账号中的公共云资源</translation>
    </message>
    <message>
        <source>Archived: hidden from the list of companies</source>
        <comment>@info timeline</comment>
        <translation>已归档：不再显示在企业列表中</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <comment>@info timeline</comment>
        <translation>已从归档中恢复</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; (can be undone)</source>
        <comment>@info timeline</comment>
        <translation>已删除“%1”（可撤销）</translation>
    </message>
    <message>
        <source>Deletion undone</source>
        <comment>@info timeline</comment>
        <translation>已撤销删除</translation>
    </message>
    <message>
        <source>%1 (on machine: %2)</source>
        <comment>@info timeline: %1 database role, %2 OS user name</comment>
        <translation>%1（所在计算机：%2）</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <comment>@info</comment>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>Note: until the profile is corrected, this file will not import:</source>
        <comment>@info</comment>
        <translation>注意：在更正企业资料之前，此文件无法导入：</translation>
    </message>
    <message>
        <source>Not imported: a saved profile is the same company (same name or credit code): %1. Choose with --on-conflict replace or --on-conflict keep-both.</source>
        <comment>@info</comment>
        <translation>未导入：已保存的企业资料属于同一企业（名称或统一社会信用代码相同）：%1。请使用 --on-conflict replace 或 --on-conflict keep-both 进行选择。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; in place of the saved profile (id %2).</source>
        <comment>@info</comment>
        <translation>已导入“%1”，替换了已保存的企业资料（ID %2）。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as a new profile (id %2).</source>
        <comment>@info</comment>
        <translation>已将“%1”导入为新的企业资料（ID %2）。</translation>
    </message>
    <message>
        <source>WARNING</source>
        <comment>@info verdict</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <comment>@info verdict</comment>
        <translation>说明</translation>
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
    <name>FieldBinder</name>
    <message>
        <source>Set by your administrator; it cannot be changed here.</source>
        <comment>@info:tooltip</comment>
        <translation>由管理员设置，无法在此处更改。</translation>
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
    <message>
        <source>Name in the list of companies</source>
        <comment>@label field</comment>
        <translation>企业列表中的名称</translation>
    </message>
    <message>
        <source>Time of the public-resource check</source>
        <comment>@label field</comment>
        <translation>公共云资源检查的时间</translation>
    </message>
    <message>
        <source>Result of the public-resource check</source>
        <comment>@label field</comment>
        <translation>公共云资源检查的结果</translation>
    </message>
    <message>
        <source>Regions read by the public-resource check</source>
        <comment>@label field</comment>
        <translation>公共云资源检查读取的地域数</translation>
    </message>
    <message>
        <source>ECS instances found by the public-resource check</source>
        <comment>@label field</comment>
        <translation>公共云资源检查发现的 ECS 实例数</translation>
    </message>
    <message>
        <source>RDS instances found by the public-resource check</source>
        <comment>@label field</comment>
        <translation>公共云资源检查发现的 RDS 实例数</translation>
    </message>
    <message>
        <source>Fields locked by the administrator&apos;s prefill file</source>
        <comment>@label field</comment>
        <translation>管理员预填文件锁定的字段</translation>
    </message>
    <message>
        <source>Account check: identity of the key</source>
        <comment>@label field</comment>
        <translation>账号检查：密钥身份</translation>
    </message>
    <message>
        <source>Account check: balance</source>
        <comment>@label field</comment>
        <translation>账号检查：余额</translation>
    </message>
    <message>
        <source>Account check: invoice title</source>
        <comment>@label field</comment>
        <translation>账号检查：发票抬头</translation>
    </message>
    <message>
        <source>Account check: finance regions</source>
        <comment>@label field</comment>
        <translation>账号检查：金融云地域</translation>
    </message>
    <message>
        <source>Network check: the network as built</source>
        <comment>@label field</comment>
        <translation>网络检查：已建网络</translation>
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
    <message>
        <source>From step 2: %1</source>
        <comment>@info:placeholder</comment>
        <translation>来自第 2 步：%1</translation>
    </message>
    <message>
        <source>The company name, unless the invoice must differ</source>
        <comment>@info:placeholder</comment>
        <translation>公司名称（除非发票须另填）</translation>
    </message>
    <message>
        <source>The unified social credit code, as a rule</source>
        <comment>@info:placeholder</comment>
        <translation>通常为统一社会信用代码</translation>
    </message>
    <message>
        <source>Use the company &amp;data of step 2</source>
        <comment>@action:button</comment>
        <translation>使用第 2 步的公司资料(&amp;D)</translation>
    </message>
    <message>
        <source>Copies the company name and credit code into the empty invoice fields.</source>
        <comment>@info:tooltip</comment>
        <translation>把公司名称和信用代码填入空着的发票字段。</translation>
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
    <message>
        <source>This step holds entered data, so it has started; clear the data first to set it back to &quot;not started&quot;.</source>
        <comment>@info flow rule</comment>
        <translation>此步骤已填有数据，因此已经开始；要改回“未开始”，请先清除这些数据。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Help</source>
        <comment>@title:menu</comment>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Questions and answers for this step</source>
        <comment>@action:inmenu</comment>
        <translation>本步骤的常见问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics for support</source>
        <comment>@action:inmenu</comment>
        <translation>复制诊断信息以发给技术支持(&amp;D)</translation>
    </message>
    <message>
        <source>Puts the program and database versions and the end of the log on the clipboard, for an e-mail to support. No passwords or keys; of your data, only the company name.</source>
        <comment>@info:tooltip</comment>
        <translation>将程序和数据库的版本以及日志末尾复制到剪贴板，以便发邮件给技术支持。其中不含密码或密钥；您的数据中只包含企业名称。</translation>
    </message>
    <message>
        <source>&amp;About fincloud-onboard…</source>
        <comment>@action:inmenu</comment>
        <translation>关于 fincloud-onboard(&amp;A)…</translation>
    </message>
    <message>
        <source>The program&apos;s version and licence, the Qt version and the progress database in use.</source>
        <comment>@info:tooltip</comment>
        <translation>程序的版本和许可证、Qt 版本以及正在使用的进度数据库。</translation>
    </message>
    <message>
        <source>About Q&amp;t…</source>
        <comment>@action:inmenu</comment>
        <translation>关于 Qt(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>InlineVerdict</name>
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
    <name>InstanceLock</name>
    <message>
        <source>The progress database %1 is already open in another fincloud-onboard window (process %2), which did not answer. Close that window first.</source>
        <comment>@info</comment>
        <translation>进度数据库 %1 已在另一个 fincloud-onboard 窗口（进程 %2）中打开，且该窗口没有响应。请先关闭该窗口。</translation>
    </message>
    <message>
        <source>The progress database %1 is already open in fincloud-onboard on the computer %2. Close it there first.</source>
        <comment>@info</comment>
        <translation>进度数据库 %1 已在计算机 %2 上的 fincloud-onboard 中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>Lock file: %1</source>
        <comment>@info</comment>
        <translation>锁文件：%1</translation>
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
    <name>LiveZonePanel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>@item zone count (zone letters)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@item list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Read to&amp;day&apos;s zones</source>
        <comment>@action:button</comment>
        <translation>读取当前可用区(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel reading the zones</source>
        <comment>@action:button</comment>
        <translation>取消读取可用区</translation>
    </message>
    <message>
        <source>Reading the zones</source>
        <comment>@label</comment>
        <translation>正在读取可用区</translation>
    </message>
    <message>
        <source>Region ID</source>
        <comment>@title:column</comment>
        <translation>地域 ID</translation>
    </message>
    <message>
        <source>In the guide</source>
        <comment>@title:column</comment>
        <translation>指南中</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>@title:column</comment>
        <translation>当前</translation>
    </message>
    <message>
        <source>Difference</source>
        <comment>@title:column</comment>
        <translation>差异</translation>
    </message>
    <message>
        <source>Zones today compared with the guide</source>
        <comment>@label table</comment>
        <translation>当前可用区与指南的对比</translation>
    </message>
    <message>
        <source>Cancelled. The guide&apos;s table above is unchanged.</source>
        <comment>@info</comment>
        <translation>已取消。上方指南中的表格保持不变。</translation>
    </message>
    <message>
        <source>Source: Alibaba Cloud OpenAPI (DescribeZones), read on %1. Highlighted rows differ from the guide.</source>
        <comment>@info %1 a date and time</comment>
        <translation>来源：阿里云 OpenAPI（DescribeZones），读取于 %1。突出显示的行与指南不同。</translation>
    </message>
    <message>
        <source>—</source>
        <comment>@item not in the guide</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>?</source>
        <comment>@item could not be read</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 The guide&apos;s table above stays as it is.</source>
        <comment>@info %1 what could not be read and why</comment>
        <translation>%1上方指南中的表格保持不变。</translation>
    </message>
    <message>
        <source>The tables above come from documents: the guide&apos;s from 2020, today&apos;s from the documentation. Zones change: ask Alibaba Cloud which zones each Finance Cloud region offers this account today.</source>
        <comment>@info</comment>
        <translation>上面两张表都来自文档：一张来自 2020 年的指南，一张来自当前的文档。可用区会发生变化：请向阿里云查询各金融云地域目前为此账号提供哪些可用区。</translation>
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
    <name>NetworkCheck</name>
    <message>
        <source>The profile has no VPC plan to check against yet: choose the region, the VPC network and its address block in step 5 first.</source>
        <comment>@info</comment>
        <translation>档案中还没有可供对照的 VPC 规划：请先在第 5 步选择地域、VPC 网络及其网段。</translation>
    </message>
</context>
<context>
    <name>NetworkCheckPanel</name>
    <message>
        <source>Check what was built</source>
        <comment>@title:group</comment>
        <translation>检查已建网络</translation>
    </message>
    <message>
        <source>Once the network is built, the wizard can compare it with this plan (read-only calls: DescribeVpcs, DescribeVSwitches). It looks for the VPC tagged for this profile, else one named as the profile with the plan&apos;s block. The result is kept on the profile with its time and RequestIds; a match changes nothing until you confirm it.</source>
        <comment>@info</comment>
        <translation>网络建好后，向导可以把它与本规划对照（只读调用：DescribeVpcs、DescribeVSwitches）。它先找带有本档案标签的 VPC，找不到时再找名称与档案相同且网段与规划相同的 VPC。结果连同时间和 RequestId 保存在档案中；即使一致，也要您确认后才会更改任何内容。</translation>
    </message>
    <message>
        <source>Cancel the network check</source>
        <comment>@action:button</comment>
        <translation>取消网络检查</translation>
    </message>
    <message>
        <source>Reading the network</source>
        <comment>@label</comment>
        <translation>正在读取网络</translation>
    </message>
    <message>
        <source>There is nothing to check yet: choose the region, the VPC network and its address block above first.</source>
        <comment>@info</comment>
        <translation>还没有可检查的内容：请先在上方选择地域、VPC 网络及其网段。</translation>
    </message>
    <message>
        <source>Use this…</source>
        <comment>@action:button</comment>
        <translation>采用…</translation>
    </message>
    <message>
        <source>Use this: the network as built</source>
        <comment>@action:button</comment>
        <translation>采用：已建网络</translation>
    </message>
    <message>
        <source>AccessKey: %1</source>
        <comment>@info</comment>
        <translation>AccessKey：%1</translation>
    </message>
    <message>
        <source>No AccessKey yet: the wizard asks for one when you start.</source>
        <comment>@info</comment>
        <translation>尚无 AccessKey：开始时向导会请您输入。</translation>
    </message>
    <message>
        <source>Use the network check</source>
        <comment>@title</comment>
        <translation>采用网络检查的结果</translation>
    </message>
    <message>
        <source>Set step %1 (%2) to &quot;%3&quot;?</source>
        <comment>@info question</comment>
        <translation>将第 %1 步（%2）设为“%3”？</translation>
    </message>
    <message>
        <source>Chec&amp;k the built network</source>
        <comment>@action:button</comment>
        <translation>检查已建网络(&amp;K)</translation>
    </message>
</context>
<context>
    <name>NetworkCommand</name>
    <message>
        <source>There is no progress database at %1: verify-network checks the plan of an existing profile.</source>
        <comment>@info %1 a file path</comment>
        <translation>%1 处没有进度数据库：verify-network 只检查已有档案中的规划。</translation>
    </message>
    <message>
        <source>verify-network needs the progress database.</source>
        <comment>@info</comment>
        <translation>verify-network 需要进度数据库。</translation>
    </message>
    <message>
        <source>The network of profile %1 as built, seen with the AccessKey %2</source>
        <comment>@title</comment>
        <translation>档案 %1 的已建网络（使用 AccessKey %2 读取）</translation>
    </message>
    <message>
        <source>Stored in profile %1; confirm a suggestion in the wizard.</source>
        <comment>@info</comment>
        <translation>已保存到档案 %1；请在向导中确认建议。</translation>
    </message>
</context>
<context>
    <name>NetworkEvidenceText</name>
    <message>
        <source>The network as built</source>
        <comment>@title check</comment>
        <translation>已建网络</translation>
    </message>
    <message>
        <source>Could not check: the key may not read the network (%1). The read-only policy %2 grants it.</source>
        <comment>@info %1 the service&apos;s error code, %2 a RAM policy name</comment>
        <translation>无法检查：该密钥可能无权读取网络（%1）。只读策略 %2 授予此权限。</translation>
    </message>
    <message>
        <source>Could not check: several VPCs in %1 could be the plan&apos;s. Tag the one built for it with FincloudProfile.</source>
        <comment>@info %1 a region id</comment>
        <translation>无法检查：%1 中有多个 VPC 都可能是规划中的那个。请给为本规划创建的 VPC 加上 FincloudProfile 标签。</translation>
    </message>
    <message>
        <source>Could not check the network.</source>
        <comment>@info</comment>
        <translation>无法检查网络。</translation>
    </message>
    <message>
        <source>Could not check the network (%1).</source>
        <comment>@info %1 an error code</comment>
        <translation>无法检查网络（%1）。</translation>
    </message>
    <message>
        <source>found by its tags</source>
        <comment>@info how a VPC was found</comment>
        <translation>按标签找到</translation>
    </message>
    <message>
        <source>found by its name and address block</source>
        <comment>@info how a VPC was found</comment>
        <translation>按名称和网段找到</translation>
    </message>
    <message>
        <source>The VPC %1 in %2 (%3) matches the plan, with every vSwitch as planned.</source>
        <comment>@info %1 a VPC id, %2 a region id, %3 how it was found</comment>
        <translation>%2 中的 VPC %1（%3）与规划一致，每个交换机都与规划相同。</translation>
    </message>
    <message numerus="yes">
        <source>The network in %1 differs from the plan (%n difference(s)).</source>
        <comment>@info %1 a region id</comment>
        <translation>
            <numerusform>%1 中的网络与规划不符（%n 处不同）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The VPC %1 in %2 (%3) differs from the plan (%n difference(s)).</source>
        <comment>@info %1 a VPC id, %2 a region id, %3 how it was found</comment>
        <translation>
            <numerusform>%2 中的 VPC %1（%3）与规划不符（%n 处不同）。</numerusform>
        </translation>
    </message>
    <message>
        <source>VPC missing: none is tagged for this profile, and none named as it has the block %1.</source>
        <comment>@info %1 an address block</comment>
        <translation>缺少 VPC：没有带本档案标签的 VPC，也没有与档案同名且网段为 %1 的 VPC。</translation>
    </message>
    <message>
        <source>CIDR different: the VPC %1 has %2, the plan says %3.</source>
        <comment>@info %1 a VPC id, %2 and %3 address blocks</comment>
        <translation>网段不同：VPC %1 的网段是 %2，规划是 %3。</translation>
    </message>
    <message>
        <source>vSwitch missing: %1 in zone %2.</source>
        <comment>@info %1 an address block, %2 a zone id</comment>
        <translation>缺少交换机：可用区 %2 中的 %1。</translation>
    </message>
    <message>
        <source>CIDR different: the vSwitch %1 in zone %2 has %3, the plan says %4.</source>
        <comment>@info %1 a vSwitch id, %2 a zone id, %3 and %4 address blocks</comment>
        <translation>网段不同：可用区 %2 中的交换机 %1 的网段是 %3，规划是 %4。</translation>
    </message>
    <message>
        <source>Zone different: the vSwitch %1 (%2) is in zone %3, the plan says %4.</source>
        <comment>@info %1 a vSwitch id, %2 an address block, %3 and %4 zone ids</comment>
        <translation>可用区不同：交换机 %1（%2）在可用区 %3，规划是 %4。</translation>
    </message>
    <message>
        <source>vSwitch not in the plan: %1 (%2, zone %3).</source>
        <comment>@info %1 a vSwitch id, %2 an address block, %3 a zone id</comment>
        <translation>交换机不在规划中：%1（%2，可用区 %3）。</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <comment>@info %1 a date and time</comment>
        <translation>检查于 %1</translation>
    </message>
    <message>
        <source>Checked %1 · RequestIds %2</source>
        <comment>@info %1 a date and time, %2 a list</comment>
        <translation>检查于 %1 · RequestId %2</translation>
    </message>
    <message>
        <source>Network check: %1</source>
        <comment>@info timeline</comment>
        <translation>网络检查：%1</translation>
    </message>
    <message>
        <source>Network check: %1 (RequestIds %2)</source>
        <comment>@info timeline</comment>
        <translation>网络检查：%1（RequestId %2）</translation>
    </message>
</context>
<context>
    <name>NetworkPlan</name>
    <message>
        <source>No region is chosen (step 5).</source>
        <comment>@info plan refusal</comment>
        <translation>尚未选择地域（第 5 步）。</translation>
    </message>
    <message>
        <source>The region %1 offers no VPC today.</source>
        <comment>@info plan refusal</comment>
        <translation>地域 %1 目前不提供专有网络。</translation>
    </message>
    <message>
        <source>No network is chosen (step 5).</source>
        <comment>@info plan refusal</comment>
        <translation>尚未选择网络类型（第 5 步）。</translation>
    </message>
    <message>
        <source>The plan uses the classic network; only a VPC can be built as code.</source>
        <comment>@info plan refusal</comment>
        <translation>该规划使用经典网络；只有专有网络可以生成为代码。</translation>
    </message>
    <message>
        <source>No address plan is stored: accept the proposed plan or enter one (step 5).</source>
        <comment>@info plan refusal</comment>
        <translation>尚未保存地址规划：请采用建议的规划，或自行填写（第 5 步）。</translation>
    </message>
    <message>
        <source>VPC CIDR block: %1</source>
        <comment>@info plan refusal</comment>
        <translation>专有网络网段：%1</translation>
    </message>
    <message>
        <source>no zone ID is entered.</source>
        <comment>@info plan refusal</comment>
        <translation>未填写可用区 ID。</translation>
    </message>
    <message>
        <source>vSwitch %1: %2</source>
        <comment>@info plan refusal</comment>
        <translation>交换机 %1：%2</translation>
    </message>
    <message>
        <source>The network plan cannot be written as code yet:</source>
        <comment>@info</comment>
        <translation>网络规划暂时无法生成为代码：</translation>
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
        <source>Diagnostics copied</source>
        <comment>@title:window</comment>
        <translation>已复制诊断信息</translation>
    </message>
    <message>
        <source>The diagnostics are on the clipboard: paste them into your e-mail to support. They hold no passwords or keys, and of your data only the company name; see the details.</source>
        <comment>@info</comment>
        <translation>诊断信息已复制到剪贴板，请将其粘贴到发给技术支持的邮件中。其中不含密码或密钥，您的数据中只包含企业名称；详见详细信息。</translation>
    </message>
    <message>
        <source>profile %1</source>
        <comment>@info</comment>
        <translation>档案 %1</translation>
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
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1.</source>
        <comment>@info</comment>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, so it was not written: the file it points to is left as it is. Give the path of the file itself, or a new name.</source>
        <comment>@info</comment>
        <translation>%1 是一个符号链接，因此未写入：它指向的文件保持原样。请给出文件本身的路径，或一个新文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of a file.</source>
        <comment>@info</comment>
        <translation>%1 是一个文件夹。请给出文件名。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device, a pipe or a socket), so it was left as it is. Give the name of an ordinary file, or a new name.</source>
        <comment>@info</comment>
        <translation>%1 不是普通文件（而是设备、管道或套接字），因此保持原样。请给出普通文件的名称，或一个新文件名。</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was left as it is.</source>
        <comment>@info</comment>
        <translation>%1 为只读，因此保持原样。</translation>
    </message>
    <message>
        <source>There is no room left on the disk: %1 was not written.</source>
        <comment>@info</comment>
        <translation>磁盘空间已满：未写入 %1。</translation>
    </message>
    <message>
        <source>The existing file is unchanged.</source>
        <comment>@info</comment>
        <translation>原有文件未被更改。</translation>
    </message>
</context>
<context>
    <name>PendingEditJournal</name>
    <message>
        <source>The list of edits waiting for the shared database cannot be read.</source>
        <comment>@info</comment>
        <translation>无法读取等待保存到共享数据库的修改列表。</translation>
    </message>
    <message>
        <source>The list of edits waiting for the shared database is not a private file of yours (a link, another kind of file, another owner, or readable by others); it was left as it is.</source>
        <comment>@info</comment>
        <translation>等待保存到共享数据库的修改列表不是您的私有文件（它是链接、其他类型的文件、属于其他用户，或其他人可以读取）；已保持原样，未作任何改动。</translation>
    </message>
    <message>
        <source>The edits waiting for the shared database cannot be kept on this computer.</source>
        <comment>@info</comment>
        <translation>无法在本机保留等待保存到共享数据库的修改。</translation>
    </message>
    <message>
        <source>The list of edits waiting for the shared database cannot be opened.</source>
        <comment>@info</comment>
        <translation>无法打开等待保存到共享数据库的修改列表。</translation>
    </message>
    <message>
        <source>The list of edits waiting for the shared database was written by a newer version of the program; it was left as it is.</source>
        <comment>@info</comment>
        <translation>等待保存到共享数据库的修改列表由更新版本的程序写入；已保持原样，未作任何改动。</translation>
    </message>
    <message>
        <source>The list of edits waiting for the shared database cannot be written.</source>
        <comment>@info</comment>
        <translation>无法写入等待保存到共享数据库的修改列表。</translation>
    </message>
</context>
<context>
    <name>PendingNotice</name>
    <message>
        <source>What to do now is on the step&apos;s page.</source>
        <comment>@info sidebar notice</comment>
        <translation>建议操作见该步骤的页面。</translation>
    </message>
    <message>
        <source>What to do now is on the step&apos;s page; the contact is %1.</source>
        <comment>@info sidebar notice; %1 is an e-mail address</comment>
        <translation>建议操作见该步骤的页面；联系邮箱：%1。</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Wrote the network plan of &quot;%1&quot; as Terraform to %2.</source>
        <comment>@info</comment>
        <translation>已将“%1”的网络规划以 Terraform 格式写入 %2。</translation>
    </message>
    <message>
        <source>Wrote the network plan of &quot;%1&quot; as a ROS template to %2.</source>
        <comment>@info</comment>
        <translation>已将“%1”的网络规划以 ROS 模板写入 %2。</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>%1 exists and was not written by this program, so it was left as it is. Give a new name, or replace it on purpose (--force).</source>
        <comment>@info</comment>
        <translation>%1 已存在且不是本程序写入的，因此未作改动。请换一个文件名，或确认要替换它（--force）。</translation>
    </message>
</context>
<context>
    <name>PlanSaveButtons</name>
    <message>
        <source>Save as T&amp;erraform…</source>
        <comment>@action:button</comment>
        <translation>另存为 Terraform(&amp;E)…</translation>
    </message>
    <message>
        <source>Save as ROS te&amp;mplate…</source>
        <comment>@action:button</comment>
        <translation>另存为 ROS 模板(&amp;M)…</translation>
    </message>
    <message>
        <source>The network of this plan as code, to build it with the alicloud Terraform provider or with Resource Orchestration Service (no keys are written into the file).</source>
        <comment>@info:tooltip</comment>
        <translation>将此规划中的网络生成为代码，以便用 alicloud Terraform Provider 或资源编排服务（ROS）创建（文件中不写入任何密钥）。</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <comment>@title:window</comment>
        <translation>规划未保存</translation>
    </message>
    <message>
        <source>Save as Terraform</source>
        <comment>@title:window</comment>
        <translation>另存为 Terraform</translation>
    </message>
    <message>
        <source>Save as ROS template</source>
        <comment>@title:window</comment>
        <translation>另存为 ROS 模板</translation>
    </message>
    <message>
        <source>Terraform files (*.tf)</source>
        <comment>@item:inlistbox</comment>
        <translation>Terraform 文件 (*.tf)</translation>
    </message>
    <message>
        <source>ROS templates (*.json)</source>
        <comment>@item:inlistbox</comment>
        <translation>ROS 模板 (*.json)</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <comment>@title:window</comment>
        <translation>规划已保存</translation>
    </message>
    <message>
        <source>The network plan was saved as Terraform in %1. Review it, then run terraform init, terraform plan and terraform apply with your AccessKey in the environment.</source>
        <comment>@info</comment>
        <translation>网络规划已以 Terraform 格式保存到 %1。请先检查，然后在已设置 AccessKey 环境变量的环境中运行 terraform init、terraform plan 和 terraform apply。</translation>
    </message>
    <message>
        <source>The network plan was saved as a ROS template in %1. Create a stack from it in the region %2 (in the ROS console, or with aliyun ros CreateStack).</source>
        <comment>@info</comment>
        <translation>网络规划已以 ROS 模板保存到 %1。请在地域 %2 中用它创建资源栈（在 ROS 控制台，或使用 aliyun ros CreateStack）。</translation>
    </message>
</context>
<context>
    <name>PrefillApplier</name>
    <message numerus="yes">
        <source>The prefill values have %n problem(s), so no profile was created or changed.</source>
        <comment>@info prefill</comment>
        <translation>
            <numerusform>预填值中有 %n 个问题，因此没有创建或更改任何档案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrefillFile</name>
    <message>
        <source>not a value a prefill file may set (see the README for the keys).</source>
        <comment>@info prefill</comment>
        <translation>不是预填文件可以设置的值（键的说明见 README）。</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; use &quot;value&quot; and &quot;locked&quot;.</source>
        <comment>@info prefill</comment>
        <translation>未知成员“%1”；请使用 &quot;value&quot; 和 &quot;locked&quot;。</translation>
    </message>
    <message>
        <source>&quot;locked&quot; must be true or false.</source>
        <comment>@info prefill</comment>
        <translation>&quot;locked&quot; 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>the value must be text in quotes.</source>
        <comment>@info prefill</comment>
        <translation>值必须是带引号的文本。</translation>
    </message>
    <message>
        <source>a locked value must not be empty.</source>
        <comment>@info prefill</comment>
        <translation>锁定的值不能为空。</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;.</source>
        <comment>@info prefill</comment>
        <translation>必须为“%1”。</translation>
    </message>
    <message>
        <source>the file is for a newer version of this program; it reads version %1.</source>
        <comment>@info prefill</comment>
        <translation>该文件适用于更高版本的程序；当前版本只能读取版本 %1。</translation>
    </message>
    <message>
        <source>must be %1.</source>
        <comment>@info prefill</comment>
        <translation>必须为 %1。</translation>
    </message>
    <message>
        <source>unknown key.</source>
        <comment>@info prefill</comment>
        <translation>未知的键。</translation>
    </message>
    <message>
        <source>must be an object of &quot;key&quot;: value pairs.</source>
        <comment>@info prefill</comment>
        <translation>必须是由 &quot;key&quot;: value 键值对组成的对象。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <comment>@info prefill</comment>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>unknown setting.</source>
        <comment>@info prefill</comment>
        <translation>未知的设置。</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <comment>@info prefill</comment>
        <translation>必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>%1 A locked value must pass its check.</source>
        <comment>@info prefill</comment>
        <translation>%1 锁定的值必须通过校验。</translation>
    </message>
    <message>
        <source>The file is larger than %1 kB; a prefill file is much smaller.</source>
        <comment>@info prefill</comment>
        <translation>文件超过 %1 kB，而预填文件远小于这个大小。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <comment>@info prefill</comment>
        <translation>文件不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <comment>@info prefill</comment>
        <translation>文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>required: it names the profile the values go to.</source>
        <comment>@info prefill</comment>
        <translation>必填：指定这些值所属的企业资料。</translation>
    </message>
    <message numerus="yes">
        <source>The prefill file has %n problem(s).</source>
        <comment>@info prefill</comment>
        <translation>
            <numerusform>预填文件有 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileExport</name>
    <message>
        <source>The profile was not exported: %1 would carry a password, an AccessKey or a token, and profile files never do.</source>
        <comment>@info export</comment>
        <translation>未导出企业资料：%1 会包含密码、AccessKey 或令牌，而企业资料文件绝不包含这些内容。</translation>
    </message>
    <message>
        <source>This profile holds values this program cannot read (damaged data), so it was not exported: %1. Open it in the wizard and set those values again, then export.</source>
        <comment>@info</comment>
        <translation>此档案中有本程序无法读取的值（数据已损坏），因此未导出：%1。请在向导中打开它并重新设置这些值，然后再导出。</translation>
    </message>
</context>
<context>
    <name>ProfileFileMenu</name>
    <message>
        <source>Pro&amp;gress</source>
        <comment>@title:menu</comment>
        <translation>进度(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <comment>@action:inmenu</comment>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this profile as a file: statuses, dates, company data and the timeline; never a password or an AccessKey.</source>
        <comment>@info:tooltip</comment>
        <translation>将此企业资料保存为文件：包括状态、日期、企业信息和时间线，绝不包含密码或 AccessKey。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <comment>@action:inmenu</comment>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a profile from a file exported by this program.</source>
        <comment>@info:tooltip</comment>
        <translation>从本程序导出的文件中添加企业资料。</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <comment>@action:inmenu</comment>
        <translation>打印清单(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a checklist of this profile as a PDF in the current language.</source>
        <comment>@info:tooltip</comment>
        <translation>以当前语言将此企业资料的清单保存为 PDF。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <comment>@title:window</comment>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The open profile could not be saved, so nothing was written. Try again when the progress database can be reached.</source>
        <comment>@info</comment>
        <translation>无法保存当前打开的企业资料，因此未写入任何内容。请在可以访问进度数据库时重试。</translation>
    </message>
    <message>
        <source>Export profile</source>
        <comment>@title:window</comment>
        <translation>导出企业资料</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <comment>@item:inlistbox</comment>
        <translation>企业资料文件 (*.json)</translation>
    </message>
    <message>
        <source>Import profile</source>
        <comment>@title:window</comment>
        <translation>导入企业资料</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <comment>@title:window</comment>
        <translation>打印清单</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <comment>@item:inlistbox</comment>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <comment>@title:window</comment>
        <translation>未导出</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was exported to %2.</source>
        <comment>@info</comment>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>Until the profile is corrected, the file will not import:</source>
        <comment>@info</comment>
        <translation>在更正企业资料之前，此文件无法导入：</translation>
    </message>
    <message>
        <source>Exported</source>
        <comment>@title:window</comment>
        <translation>已导出</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, last changed %2</source>
        <comment>@item conflict</comment>
        <translation>“%1”，最后修改于 %2</translation>
    </message>
    <message>
        <source>Company already saved</source>
        <comment>@title:window</comment>
        <translation>企业已保存</translation>
    </message>
    <message>
        <source>The file holds &quot;%1&quot;, and a saved profile is the same company (same name or credit code):</source>
        <comment>@info</comment>
        <translation>文件中包含“%1”，而已保存的某个企业资料属于同一企业（名称或统一社会信用代码相同）：</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <comment>@action:button</comment>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <comment>@action:button</comment>
        <translation>保留两者(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <comment>@action:button</comment>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <comment>@title:window</comment>
        <translation>未导入</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <comment>@info</comment>
        <translation>已取消导入，未做任何更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was imported in place of the saved profile and is now open.</source>
        <comment>@info</comment>
        <translation>已导入“%1”并替换了已保存的企业资料，现已打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was imported and is now open.</source>
        <comment>@info</comment>
        <translation>已导入“%1”，现已打开。</translation>
    </message>
    <message>
        <source>Some values deserve a second look (see the details).</source>
        <comment>@info</comment>
        <translation>部分值需要再次核对（见详细信息）。</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>@title:window</comment>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Checklist not written</source>
        <comment>@title:window</comment>
        <translation>未写入清单</translation>
    </message>
    <message>
        <source>Checklist written</source>
        <comment>@title:window</comment>
        <translation>已写入清单</translation>
    </message>
    <message>
        <source>The checklist of &quot;%1&quot; was written to %2.</source>
        <comment>@info</comment>
        <translation>已将“%1”的清单写入 %2。</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <comment>@action:inmenu</comment>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Put one of the automatic daily backups of the progress database in its place.</source>
        <comment>@info:tooltip</comment>
        <translation>用进度数据库的某个每日自动备份替换当前数据库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (company: %2), last changed %3</source>
        <comment>@item conflict</comment>
        <translation>“%1”（企业：%2），最后更改于 %3</translation>
    </message>
    <message>
        <source>Keep both adds the file as a new profile beside it (a number is added to its name in the list only, never to the company name).</source>
        <comment>@info</comment>
        <translation>“保留两者”会将文件另存为一份新的企业资料（只在列表中的名称后加编号，绝不改动企业名称）。</translation>
    </message>
    <message>
        <source>Replace overwrites the saved profile %1 with the file&apos;s content.</source>
        <comment>@info</comment>
        <translation>“替换”会用文件内容覆盖已保存的企业资料 %1。</translation>
    </message>
    <message>
        <source>Several saved profiles match, so it is not clear which one Replace would overwrite; Replace is not offered.</source>
        <comment>@info</comment>
        <translation>有多份已保存的企业资料与之匹配，无法确定“替换”会覆盖哪一份，因此不提供“替换”。</translation>
    </message>
</context>
<context>
    <name>ProfileFileReader</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <comment>@info import</comment>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed.</source>
        <comment>@info import</comment>
        <translation>无法导入该文件，未做任何更改。</translation>
    </message>
    <message>
        <source>must be a date and time in quotes (e.g. &quot;2026-03-06T09:00:00Z&quot;) or null.</source>
        <comment>@info import</comment>
        <translation>必须是带引号的日期时间（例如 &quot;2026-03-06T09:00:00Z&quot;）或 null。</translation>
    </message>
    <message>
        <source>must be a date and time in quotes (e.g. &quot;2026-03-06T09:00:00Z&quot;).</source>
        <comment>@info import</comment>
        <translation>必须是带引号的日期时间（例如 &quot;2026-03-06T09:00:00Z&quot;）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete date and time with a time zone (e.g. &quot;2026-03-06T09:00:00Z&quot; or &quot;2026-03-06T17:00:00+08:00&quot;).</source>
        <comment>@info import</comment>
        <translation>“%1”不是带时区的完整日期时间（例如 &quot;2026-03-06T09:00:00Z&quot; 或 &quot;2026-03-06T17:00:00+08:00&quot;）。</translation>
    </message>
    <message>
        <source>must be text in quotes or null.</source>
        <comment>@info import</comment>
        <translation>必须是带引号的文本或 null。</translation>
    </message>
    <message>
        <source>contains a NUL character, which cannot be stored.</source>
        <comment>@info import</comment>
        <translation>包含无法保存的 NUL 字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values this field takes (%2).</source>
        <comment>@info import</comment>
        <translation>“%1”不是此字段的可选值（%2）。</translation>
    </message>
    <message>
        <source>must be a number of attempts from 0 to %1.</source>
        <comment>@info import</comment>
        <translation>必须是 0 到 %1 之间的尝试次数。</translation>
    </message>
    <message>
        <source>must be a count (digits only).</source>
        <comment>@info import</comment>
        <translation>必须是计数（只能包含数字）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete date and time with a time zone.</source>
        <comment>@info import</comment>
        <translation>“%1”不是带时区的完整日期时间。</translation>
    </message>
    <message>
        <source>must be a JSON list of {&quot;zone&quot;, &quot;cidr&quot;} entries.</source>
        <comment>@info import</comment>
        <translation>必须是由 {&quot;zone&quot;, &quot;cidr&quot;} 条目组成的 JSON 列表。</translation>
    </message>
    <message>
        <source>vSwitch %1 (%2): %3</source>
        <comment>@info import</comment>
        <translation>交换机 %1（%2）：%3</translation>
    </message>
    <message>
        <source>must be an object of &quot;key&quot;: &quot;text&quot; pairs.</source>
        <comment>@info import</comment>
        <translation>必须是由 &quot;key&quot;: &quot;text&quot; 键值对组成的对象。</translation>
    </message>
    <message>
        <source>a profile file never carries passwords, AccessKeys or tokens; this key is not accepted.</source>
        <comment>@info import</comment>
        <translation>企业资料文件绝不包含密码、AccessKey 或令牌；不接受此键。</translation>
    </message>
    <message>
        <source>unknown field (the file may come from a newer version of the program).</source>
        <comment>@info import</comment>
        <translation>未知字段（该文件可能来自更高版本的程序）。</translation>
    </message>
    <message>
        <source>the value must be text in quotes.</source>
        <comment>@info import</comment>
        <translation>值必须是带引号的文本。</translation>
    </message>
    <message>
        <source>the value contains a NUL character, which cannot be stored.</source>
        <comment>@info import</comment>
        <translation>值包含无法保存的 NUL 字符。</translation>
    </message>
    <message>
        <source>the value looks like an AccessKey ID; a profile file never carries one.</source>
        <comment>@info import</comment>
        <translation>该值看起来像 AccessKey ID；企业资料文件绝不包含 AccessKey ID。</translation>
    </message>
    <message>
        <source>missing; every profile has a company name.</source>
        <comment>@info import</comment>
        <translation>缺失；每个企业资料都必须有企业名称。</translation>
    </message>
    <message>
        <source>must be a list of the five steps.</source>
        <comment>@info import</comment>
        <translation>必须是包含五个步骤的列表。</translation>
    </message>
    <message>
        <source>lists %1 steps; a profile has exactly five.</source>
        <comment>@info import</comment>
        <translation>列出了 %1 个步骤；企业资料必须恰好有五个步骤。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <comment>@info import</comment>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step (register, real_name, certification, finance_services, region).</source>
        <comment>@info import</comment>
        <translation>“%1”不是有效的步骤（register、real_name、certification、finance_services、region）。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is listed twice.</source>
        <comment>@info import</comment>
        <translation>步骤“%1”出现了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (not_started, in_progress, waiting, done, failed).</source>
        <comment>@info import</comment>
        <translation>“%1”不是有效的状态（not_started、in_progress、waiting、done、failed）。</translation>
    </message>
    <message>
        <source>only a step that is waiting for review has an expected date.</source>
        <comment>@info import</comment>
        <translation>只有等待审核的步骤才有预计完成日期。</translation>
    </message>
    <message>
        <source>the expected date lies before the step was submitted.</source>
        <comment>@info import</comment>
        <translation>预计完成日期早于步骤的提交时间。</translation>
    </message>
    <message>
        <source>step %1 (%2) is marked &quot;%3&quot;, but: %4</source>
        <comment>@info import</comment>
        <translation>第 %1 步（%2）标记为“%3”，但：%4</translation>
    </message>
    <message>
        <source>longer than %1 characters.</source>
        <comment>@info import</comment>
        <translation>超过 %1 个字符。</translation>
    </message>
    <message>
        <source>holds something that looks like an AccessKey ID; a profile file never carries one.</source>
        <comment>@info import</comment>
        <translation>包含看起来像 AccessKey ID 的内容；企业资料文件绝不包含 AccessKey ID。</translation>
    </message>
    <message>
        <source>a &quot;created&quot; event has no subject and no old value.</source>
        <comment>@info import</comment>
        <translation>&quot;created&quot; 事件不应带有主题和旧值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this program.</source>
        <comment>@info import</comment>
        <translation>“%1”不是本程序的字段。</translation>
    </message>
    <message>
        <source>a field edit in the log never carries values (some are personal data).</source>
        <comment>@info import</comment>
        <translation>日志中的字段修改记录绝不包含值（部分值属于个人数据）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step.</source>
        <comment>@info import</comment>
        <translation>“%1”不是有效的步骤。</translation>
    </message>
    <message>
        <source>a status change needs two known statuses.</source>
        <comment>@info import</comment>
        <translation>状态变更需要两个已知的状态。</translation>
    </message>
    <message>
        <source>must be a list (it may be empty).</source>
        <comment>@info import</comment>
        <translation>必须是列表（可以为空）。</translation>
    </message>
    <message>
        <source>format: &quot;%1&quot; is not a profile file of this program (expected &quot;%2&quot;).</source>
        <comment>@info import</comment>
        <translation>format：“%1”不是本程序的企业资料文件（应为“%2”）。</translation>
    </message>
    <message>
        <source>format: missing; this is not a profile file of this program (expected &quot;%1&quot;).</source>
        <comment>@info import</comment>
        <translation>format：缺失；这不是本程序的企业资料文件（应为“%1”）。</translation>
    </message>
    <message>
        <source>formatVersion: must be a whole number.</source>
        <comment>@info import</comment>
        <translation>formatVersion：必须是整数。</translation>
    </message>
    <message>
        <source>formatVersion: the file was written by a newer version of the program (format version %1; this version reads version %2). Update the program to import it.</source>
        <comment>@info import</comment>
        <translation>formatVersion：该文件由更高版本的程序写入（格式版本 %1；当前版本只能读取版本 %2）。请更新程序后再导入。</translation>
    </message>
    <message>
        <source>formatVersion: %1 is not a version of this format.</source>
        <comment>@info import</comment>
        <translation>formatVersion：%1 不是此格式的有效版本。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a profile file is much smaller.</source>
        <comment>@info import</comment>
        <translation>文件超过 %1 MB，而企业资料文件远小于这个大小。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2 (is it complete?).</source>
        <comment>@info import</comment>
        <translation>文件不是有效的 JSON：%1，位于第 %2 字节（文件是否完整？）。</translation>
    </message>
    <message>
        <source>The file does not hold a profile: a profile file is one JSON object.</source>
        <comment>@info import</comment>
        <translation>文件中没有企业资料：企业资料文件应是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>must be a page number from 0 to %1.</source>
        <comment>@info import</comment>
        <translation>必须是 0 到 %1 之间的页码。</translation>
    </message>
    <message>
        <source>must be the company name in quotes.</source>
        <comment>@info import</comment>
        <translation>必须是带引号的企业名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the company name in the fields (&quot;%2&quot;).</source>
        <comment>@info import</comment>
        <translation>“%1”与字段中的企业名称（“%2”）不一致。</translation>
    </message>
    <message>
        <source>a profile label is one line of at most %1 characters.</source>
        <comment>@info import</comment>
        <translation>企业资料的列表名称只能有一行，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known Finance Cloud region.</source>
        <comment>@info import</comment>
        <translation>“%1”不是已知的金融云地域。</translation>
    </message>
    <message>
        <source>an archive or delete event has no subject and no old value.</source>
        <comment>@info import</comment>
        <translation>归档或删除事件不带主题，也不带旧值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of event this program knows (%2).</source>
        <comment>@info import %2 the known kinds</comment>
        <translation>“%1”不是本程序已知的事件类型（%2）。</translation>
    </message>
    <message>
        <source>an account check needs a check of this program and its record as the new value.</source>
        <comment>@info import</comment>
        <translation>账号检查事件需要本程序的一项检查，并以其记录作为新值。</translation>
    </message>
    <message>
        <source>a network check needs the network check&apos;s field and its record as the new value.</source>
        <comment>@info import</comment>
        <translation>网络检查事件需要网络检查字段，并以其记录作为新值。</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>Cannot read %1.</source>
        <comment>@info import</comment>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Several saved profiles match this company (%1), so it is not clear which one to replace. Keep both, or import again after removing the extra ones.</source>
        <comment>@info import</comment>
        <translation>有多个已保存的企业资料与此企业匹配（%1），无法确定要替换哪一个。请选择保留两者，或删除多余的企业资料后重新导入。</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>All done</source>
        <comment>@item current step in the profile list</comment>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>@title:column</comment>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <comment>@title:column</comment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Current step</source>
        <comment>@title:column</comment>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@title:column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pending since</source>
        <comment>@title:column</comment>
        <translation>等待起始时间</translation>
    </message>
    <message>
        <source>Expected by</source>
        <comment>@title:column</comment>
        <translation>预计完成时间</translation>
    </message>
    <message>
        <source>Last change</source>
        <comment>@title:column</comment>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Status unreadable (damaged data)</source>
        <comment>@item status in the profile list</comment>
        <translation>状态无法读取（数据已损坏）</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <comment>@item company in the profile list</comment>
        <translation>%1（已归档）</translation>
    </message>
</context>
<context>
    <name>ProfileListQuery</name>
    <message>
        <source>The list of profiles could not be read.</source>
        <comment>@info</comment>
        <translation>无法读取企业资料列表。</translation>
    </message>
</context>
<context>
    <name>ProfileLookup</name>
    <message>
        <source>There is no profile yet.</source>
        <comment>@info</comment>
        <translation>尚无企业资料。</translation>
    </message>
    <message>
        <source>No profile is called &quot;%1&quot;.</source>
        <comment>@info</comment>
        <translation>没有名为“%1”的企业资料。</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <comment>@info</comment>
        <translation>没有 id 为 %1 的档案。</translation>
    </message>
    <message>
        <source>Several profiles are called &quot;%1&quot; (%2): give the one you mean by its id, for example --profile %3.</source>
        <comment>@info</comment>
        <translation>有多个档案名为“%1”（%2）：请用 id 指明您要的那个，例如 --profile %3。</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Searching…</source>
        <comment>@info profile picker</comment>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No company matches.</source>
        <comment>@info profile picker</comment>
        <translation>没有匹配的企业。</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <comment>@info profile picker</comment>
        <translation>
            <numerusform>%n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a company</source>
        <comment>@title:window</comment>
        <translation>选择企业</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <comment>@label:textbox</comment>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Company name or credit code</source>
        <comment>@info:placeholder</comment>
        <translation>企业名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>Search by company name or credit code</source>
        <comment>@label:textbox</comment>
        <translation>按企业名称或统一社会信用代码搜索</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <comment>@label:listbox</comment>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Show companies by status</source>
        <comment>@label:listbox</comment>
        <translation>按状态显示企业</translation>
    </message>
    <message>
        <source>All companies</source>
        <comment>@item:inlistbox status filter</comment>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>Waiting for review (also overdue)</source>
        <comment>@item:inlistbox status filter</comment>
        <translation>等待审核（含已逾期）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>@item:inlistbox status filter</comment>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All steps done</source>
        <comment>@item:inlistbox status filter</comment>
        <translation>所有步骤已完成</translation>
    </message>
    <message>
        <source>Companies</source>
        <comment>@label table</comment>
        <translation>企业</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>@action:button</comment>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen company&apos;s profile (Enter).</source>
        <comment>@info:tooltip</comment>
        <translation>打开所选企业的资料（Enter）。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action:button</comment>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <comment>@info profile picker</comment>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. It is kept in the database and can be brought back.</source>
        <comment>@info profile picker</comment>
        <translation>已删除“%1”。它仍保存在数据库中，可以恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n companies</source>
        <comment>@info profile picker</comment>
        <translation>
            <numerusform>显示 %1 家，共 %n 家企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n companies</source>
        <comment>@info profile picker</comment>
        <translation>
            <numerusform>显示 %n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>search: &quot;%1&quot;</source>
        <comment>@info profile picker filter</comment>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <source>status: %1</source>
        <comment>@info profile picker filter</comment>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1 — filter: %2</source>
        <comment>@info profile picker</comment>
        <translation>%1 — 筛选条件：%2</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <comment>@action:button</comment>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <comment>@action:button</comment>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Bring the company back into the list.</source>
        <comment>@info:tooltip</comment>
        <translation>将该企业放回列表。</translation>
    </message>
    <message>
        <source>Hide the company from the list; &quot;Show archived&quot; shows it again.</source>
        <comment>@info:tooltip</comment>
        <translation>在列表中隐藏该企业；勾选“显示已归档”可再次看到它。</translation>
    </message>
    <message>
        <source>This company is open in the wizard: open another one to delete it.</source>
        <comment>@info:tooltip</comment>
        <translation>该企业正在向导中打开：请先打开其他企业，再删除它。</translation>
    </message>
    <message>
        <source>Delete the company&apos;s profile (Delete); you are asked first.</source>
        <comment>@info:tooltip</comment>
        <translation>删除该企业的资料（Delete 键）；删除前会先询问。</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <comment>@option:check</comment>
        <translation>显示已归档(&amp;R)</translation>
    </message>
    <message>
        <source>Also list the companies that were archived.</source>
        <comment>@info:tooltip</comment>
        <translation>同时列出已归档的企业。</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <comment>@action:button</comment>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Empty the search and show every status.</source>
        <comment>@info:tooltip</comment>
        <translation>清空搜索，并显示所有状态。</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <comment>@action:button</comment>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <comment>@action:button</comment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Bring the deleted company back.</source>
        <comment>@info:tooltip</comment>
        <translation>恢复已删除的企业。</translation>
    </message>
</context>
<context>
    <name>ProfileRemoval</name>
    <message>
        <source>Delete the profile of &quot;%1&quot;?</source>
        <comment>@info</comment>
        <translation>删除“%1”的企业资料？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open in the wizard. Open another company first, then delete this one.</source>
        <comment>@info</comment>
        <translation>“%1”正在向导中打开。请先打开其他企业，再删除此企业。</translation>
    </message>
    <message>
        <source>Delete company profile</source>
        <comment>@title:window</comment>
        <translation>删除企业资料</translation>
    </message>
    <message>
        <source>It disappears from every list of companies. Nothing is erased: the deletion is recorded in the profile&apos;s timeline with your name and the time, and it can be undone. To only put it out of sight, archive it instead.</source>
        <comment>@info</comment>
        <translation>它将从所有企业列表中消失。不会抹去任何数据：删除操作会连同您的用户名和时间记录在该企业资料的时间线中，并且可以撤销。如果只是不想再看到它，请改为归档。</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <comment>@action:button</comment>
        <translation>删除企业资料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <comment>@action:button</comment>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ProfileStanding</name>
    <message>
        <source>Overdue</source>
        <comment>@item profile status</comment>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <comment>@item profile status</comment>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>All steps done</source>
        <comment>@item profile status</comment>
        <translation>所有步骤已完成</translation>
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
        <source>Cannot create the backup folder %1.</source>
        <comment>@info</comment>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Backups of a shared database are made on its server.</source>
        <comment>@info</comment>
        <translation>共享数据库的备份在其服务器上进行。</translation>
    </message>
    <message>
        <source>The text contains a NUL character, which cannot be stored.</source>
        <comment>@info</comment>
        <translation>文本包含无法保存的 NUL 字符。</translation>
    </message>
    <message>
        <source>Someone else changed this profile after you opened it, so your latest changes were not saved.</source>
        <comment>@info</comment>
        <translation>在您打开此企业资料后，其他人修改了它，因此您最近的更改未保存。</translation>
    </message>
    <message>
        <source>The shared database %1 cannot be reached.</source>
        <comment>@info</comment>
        <translation>无法访问共享数据库 %1。</translation>
    </message>
    <message>
        <source>The progress database did not answer in time.</source>
        <comment>@info</comment>
        <translation>进度数据库未及时响应。</translation>
    </message>
    <message>
        <source>The connection to the shared database is lost; your edits are kept and will be saved when it is back.</source>
        <comment>@info</comment>
        <translation>与共享数据库的连接已断开；您的修改已保留，将在连接恢复后保存。</translation>
    </message>
    <message>
        <source>The shared database %1 is not set up for this version of the program yet (schema %2 of %3). Start the wizard on it once; this command changes nothing.</source>
        <comment>@info</comment>
        <translation>共享数据库 %1 尚未为此版本的程序设置好（架构版本 %2，需要 %3）。请先在其上启动一次向导；此命令不做任何更改。</translation>
    </message>
    <message>
        <source>A command that only reads makes no backup.</source>
        <comment>@info</comment>
        <translation>只读命令不会创建备份。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <comment>@info</comment>
        <translation>无法写入备份 %1。</translation>
    </message>
    <message>
        <source>The progress database could not be read or written (%1).</source>
        <comment>@info</comment>
        <translation>无法读写进度数据库（%1）。</translation>
    </message>
    <message>
        <source>The progress database %1 does not say which version of the program wrote it (its schema_version table is empty or unreadable). It was not changed.</source>
        <comment>@info</comment>
        <translation>进度数据库 %1 没有注明是哪个版本的程序写入的（其 schema_version 表为空或无法读取）。未做任何更改。</translation>
    </message>
    <message>
        <source>This profile was deleted, so your latest changes were not saved. Its timeline says who deleted it; the deletion can be undone.</source>
        <comment>@info</comment>
        <translation>此企业资料已被删除，因此您最近的更改未保存。其时间线记录了是谁删除的；删除可以撤销。</translation>
    </message>
    <message>
        <source>The shared database %1 has no tables yet, and the database role %2 may not create them. Nothing was changed. Ask your administrator to run: %3</source>
        <comment>@info</comment>
        <translation>共享数据库 %1 中还没有表，而数据库角色 %2 无权创建它们。未做任何更改。请让管理员运行：%3</translation>
    </message>
    <message>
        <source>The shared database %1 holds the tables of an older version of the program (schema %2; this version needs %3), and the database role %4 may not change them. Nothing was changed. Ask your administrator to run: %5</source>
        <comment>@info</comment>
        <translation>共享数据库 %1 中的表属于本程序的旧版本（架构 %2；本版本需要 %3），而数据库角色 %4 无权更改它们。未做任何更改。请让管理员运行：%5</translation>
    </message>
</context>
<context>
    <name>PublicResourcePanel</name>
    <message>
        <source>Check the account automatically</source>
        <comment>@title:group</comment>
        <translation>自动检查账号</translation>
    </message>
    <message>
        <source>With an AccessKey of the account, the wizard asks Alibaba Cloud how many ECS and RDS instances the account holds in each public-cloud region. Only the counts are kept.</source>
        <comment>@info</comment>
        <translation>向导使用该账号的 AccessKey，向阿里云查询账号在各公共云地域中持有的 ECS 和 RDS 实例数量。只保存数量。</translation>
    </message>
    <message>
        <source>Check the account no&amp;w</source>
        <comment>@action:button</comment>
        <translation>立即检查账号(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel the chec&amp;k</source>
        <comment>@action:button</comment>
        <translation>取消检查(&amp;K)</translation>
    </message>
    <message>
        <source>Use another AccessKe&amp;y…</source>
        <comment>@action:button</comment>
        <translation>使用其他 AccessKey(&amp;Y)…</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <comment>@label</comment>
        <translation>检查进度</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>@title:column</comment>
        <translation>地域</translation>
    </message>
    <message>
        <source>ECS instances</source>
        <comment>@title:column</comment>
        <translation>ECS 实例</translation>
    </message>
    <message>
        <source>RDS instances</source>
        <comment>@title:column</comment>
        <translation>RDS 实例</translation>
    </message>
    <message>
        <source>Public-cloud instances per region</source>
        <comment>@label table</comment>
        <translation>各地域的公共云实例</translation>
    </message>
    <message>
        <source>Details for support</source>
        <comment>@action:button</comment>
        <translation>技术支持详情</translation>
    </message>
    <message>
        <source>Details of the check for support</source>
        <comment>@label</comment>
        <translation>供技术支持参考的检查详细信息</translation>
    </message>
    <message>
        <source>AccessKey: %1</source>
        <comment>@info</comment>
        <translation>AccessKey：%1</translation>
    </message>
    <message>
        <source>No AccessKey yet: the wizard asks for one when you start the check.</source>
        <comment>@info</comment>
        <translation>尚未提供 AccessKey：开始检查时，向导会请您提供。</translation>
    </message>
    <message>
        <source>Asking for the list of regions…</source>
        <comment>@info:progress</comment>
        <translation>正在获取地域列表…</translation>
    </message>
    <message>
        <source>%1 of %2 regions and products read</source>
        <comment>@info:progress</comment>
        <translation>已读取 %1 项（共 %2 项地域和产品）</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was recorded.</source>
        <comment>@info</comment>
        <translation>检查已取消，未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>PublicResourceSummary</name>
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
    <message>
        <source>Last checked on %1: public-cloud resources found (%2 ECS and %3 RDS instances).</source>
        <comment>@info %1 a date and time</comment>
        <translation>上次检查于 %1：发现公共云资源（%2 个 ECS 实例和 %3 个 RDS 实例）。</translation>
    </message>
    <message numerus="yes">
        <source>Last checked on %1: no instances visible to the key in %n region(s).</source>
        <comment>@info %1 a date and time</comment>
        <translation>
            <numerusform>上次检查于 %1：在 %n 个地域中，此 AccessKey 看不到任何实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked on %1: the check could not be completed (%2 ECS and %3 RDS instances counted so far).</source>
        <comment>@info %1 a date and time</comment>
        <translation>上次检查于 %1：检查未能完成（目前已统计到 %2 个 ECS 实例和 %3 个 RDS 实例）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The check could not be completed. %1 Nothing can be said yet about what could not be read.</source>
        <comment>@info verdict, %1 what could not be read and why</comment>
        <translation>检查未能完成。%1无法读取的部分目前还无法下结论。</translation>
    </message>
    <message numerus="yes">
        <source>Alibaba Cloud listed no public-cloud regions for this key (%n region(s) in all), so nothing could be checked.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>阿里云没有为此 AccessKey 列出任何公共云地域（共 %n 个地域），因此无法检查任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n other cause(s) (see the details)</source>
        <comment>@info %1 the first cause</comment>
        <translation>
            <numerusform>%1，另有 %n 个其他原因（见详细信息）</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of regions could not be read: %1.</source>
        <comment>@info %1 the cause</comment>
        <translation>无法读取地域列表：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n region(s) could not be read: %2.</source>
        <comment>@info %1 how many could not be read, %2 the cause</comment>
        <translation>
            <numerusform>%n 个地域中有 %1 个无法读取：%2。</numerusform>
        </translation>
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
    <message>
        <source>This cannot be recorded yet:</source>
        <comment>@info</comment>
        <translation>尚不能记录：</translation>
    </message>
    <message>
        <source>The conso&amp;le accepted it</source>
        <comment>@action:button</comment>
        <translation>控制台验证通过(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RealNameStep</name>
    <message>
        <source>No deposit amount can be recorded now.</source>
        <comment>@info deposit</comment>
        <translation>现在不能记录打款金额。</translation>
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
    <message>
        <source>No address plan yet. The proposal: the VPC %1 with one vSwitch per zone, %2. Use it, or enter your own below.</source>
        <comment>@info</comment>
        <translation>尚无地址规划。建议：专有网络 %1，每个可用区一个交换机：%2。可采用此建议，也可在下方自行填写。</translation>
    </message>
    <message>
        <source>&amp;Use the proposed plan</source>
        <comment>@action:button</comment>
        <translation>采用建议的规划(&amp;U)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item:inlistbox region name (region ID)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is in invitational preview: only accounts that Alibaba Cloud invites can use it. Ask your account manager, or write to %2, before planning on it.</source>
        <comment>@info %1 region name; the console&apos;s label 邀测</comment>
        <translation>%1 处于邀测阶段：只有阿里云邀请的账号才能使用。规划前请先询问您的客户经理，或发邮件至 %2。</translation>
    </message>
    <message>
        <source>%1, invitational preview</source>
        <comment>@item:inlistbox; the console&apos;s label 邀测</comment>
        <translation>%1（邀测）</translation>
    </message>
    <message>
        <source>New environments are planned on VPC. The classic network was an option of the guide (version %1) in %2; it is no longer offered: today every Finance Cloud region is VPC only (%3, read %4).</source>
        <comment>@info %1 guide version, %2 region names, %3 source, %4 month read</comment>
        <translation>新环境按 VPC 规划。经典网络是指南（版本 %1）中 %2 的选项，现已不再提供：目前所有金融云地域都只支持 VPC（%3，查阅于 %4）。</translation>
    </message>
    <message>
        <source>This profile chose the classic network, an option of the guide (version %1); the choice is kept as it was. The classic network is no longer offered for new environments: today every Finance Cloud region is VPC only (%2, read %3). An existing classic-network environment stays as it is; to plan a new one, choose VPC.</source>
        <comment>@info %1 guide version, %2 source, %3 month read</comment>
        <translation>此档案曾选择经典网络（指南版本 %1 中的选项），该选择保持不变。经典网络已不再向新环境提供：目前所有金融云地域都只支持 VPC（%2，查阅于 %3）。已有的经典网络环境保持原样；如要规划新环境，请选择 VPC。</translation>
    </message>
</context>
<context>
    <name>RegionalCall</name>
    <message>
        <source>The request has not finished yet.</source>
        <comment>@info</comment>
        <translation>请求尚未完成。</translation>
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
    <name>ServerConnectCause</name>
    <message>
        <source>The server&apos;s certificate is for &quot;%1&quot;, not for &quot;%2&quot;: use in the address the host name the certificate names.</source>
        <comment>@info</comment>
        <translation>服务器证书属于“%1”，而不是“%2”：请在地址中使用证书所列的主机名。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the certificate authority given in sslrootcert (or it has expired): check that sslrootcert names your team&apos;s CA certificate.</source>
        <comment>@info</comment>
        <translation>服务器证书不是由 sslrootcert 指定的证书颁发机构签发的（或已过期）：请确认 sslrootcert 指向您团队的 CA 证书。</translation>
    </message>
    <message>
        <source>The CA certificate file named by sslrootcert does not exist.</source>
        <comment>@info</comment>
        <translation>sslrootcert 指定的 CA 证书文件不存在。</translation>
    </message>
    <message>
        <source>The server does not offer TLS, but the address requires it (sslmode).</source>
        <comment>@info</comment>
        <translation>服务器未提供 TLS，但地址要求使用 TLS（sslmode）。</translation>
    </message>
    <message>
        <source>The server does not accept this login without TLS: add sslmode=verify-full and sslrootcert to the address.</source>
        <comment>@info</comment>
        <translation>服务器不接受此登录的非 TLS 连接：请在地址中加上 sslmode=verify-full 和 sslrootcert。</translation>
    </message>
    <message>
        <source>The server refused the password of database role &quot;%1&quot;.</source>
        <comment>@info</comment>
        <translation>服务器拒绝了数据库角色“%1”的密码。</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;.</source>
        <comment>@info</comment>
        <translation>服务器上没有数据库“%1”。</translation>
    </message>
    <message>
        <source>Nothing answers at that host and port: the server is not running there, or a firewall is in the way.</source>
        <comment>@info</comment>
        <translation>该主机和端口无人应答：服务器未在此运行，或被防火墙阻挡。</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>The log folder %1 cannot be created.</source>
        <comment>@info</comment>
        <translation>无法创建日志文件夹 %1。</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written.</source>
        <comment>@info</comment>
        <translation>无法写入日志文件 %1。</translation>
    </message>
</context>
<context>
    <name>SharedStoreSetup</name>
    <message>
        <source>The shared database %1 could not be set up: %2</source>
        <comment>@info setup-database</comment>
        <translation>无法设置共享数据库 %1：%2</translation>
    </message>
    <message>
        <source>setup-database is for a shared PostgreSQL database (--database postgresql://…); a SQLite file needs no setup.</source>
        <comment>@info setup-database</comment>
        <translation>setup-database 用于共享的 PostgreSQL 数据库（--database postgresql://…）；SQLite 文件无需设置。</translation>
    </message>
    <message>
        <source>The staff role name &quot;%1&quot; is not usable: use lower-case letters, digits and underscores (at most 63), not starting with a digit.</source>
        <comment>@info setup-database</comment>
        <translation>员工角色名“%1”不可用：请使用小写字母、数字和下划线（最多 63 个），且不能以数字开头。</translation>
    </message>
    <message>
        <source>The shared database %1 is at schema version %2.</source>
        <comment>@info setup-database</comment>
        <translation>共享数据库 %1 的架构版本为 %2。</translation>
    </message>
    <message>
        <source>Staff role %1 may read and write the profiles; it may not create, alter or drop tables.</source>
        <comment>@info setup-database</comment>
        <translation>员工角色 %1 可以读写档案，但不能创建、修改或删除表。</translation>
    </message>
    <message>
        <source>Give each person a login of their own in it, for example: CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE %1;</source>
        <comment>@info setup-database</comment>
        <translation>请为每个人在该角色中创建各自的登录，例如：CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE %1;</translation>
    </message>
    <message>
        <source>Warning: role %1 may still create tables in schema %2 (granted to it or to PUBLIC). To take that away: REVOKE CREATE ON SCHEMA %2 FROM PUBLIC, %1;</source>
        <comment>@info setup-database</comment>
        <translation>警告：角色 %1 仍可在模式 %2 中创建表（授予了该角色或 PUBLIC）。如需收回：REVOKE CREATE ON SCHEMA %2 FROM PUBLIC, %1;</translation>
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
    <name>SqliteFileCheck</name>
    <message>
        <source>a folder</source>
        <comment>@info what a path is</comment>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <comment>@info what a path is</comment>
        <translation>一个命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <comment>@info what a path is</comment>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <comment>@info what a path is</comment>
        <translation>一个设备</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <comment>@info what a path is</comment>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: SQLite cannot read it.</source>
        <comment>@info</comment>
        <translation>进度数据库 %1 已损坏：SQLite 无法读取它。</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be read now. It was left as it is.</source>
        <comment>@info</comment>
        <translation>目前无法读取进度数据库 %1。它保持原样。</translation>
    </message>
    <message>
        <source>The disk is full: the progress database %1 cannot grow.</source>
        <comment>@info</comment>
        <translation>磁盘已满：进度数据库 %1 无法继续写入。</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be written: the file or its folder is read-only.</source>
        <comment>@info</comment>
        <translation>无法写入进度数据库 %1：该文件或其所在文件夹为只读。</translation>
    </message>
    <message>
        <source>The progress database %1 is in use by another program.</source>
        <comment>@info</comment>
        <translation>进度数据库 %1 正被另一个程序使用。</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be opened: its folder is missing or cannot be written.</source>
        <comment>@info</comment>
        <translation>无法打开进度数据库 %1：其所在文件夹不存在或无法写入。</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be read: permission denied.</source>
        <comment>@info</comment>
        <translation>无法读取进度数据库 %1：权限不足。</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be read or written: the disk reported an input/output error (it may be full, removed or failing).</source>
        <comment>@info</comment>
        <translation>无法读写进度数据库 %1：磁盘报告了输入/输出错误（磁盘可能已满、已被移除或出现故障）。</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be reached: %2. It was left as it is.</source>
        <comment>@info</comment>
        <translation>无法访问进度数据库 %1：%2。它保持原样。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. fincloud-onboard does not follow links to its database: give the file itself with --database (%2). Nothing was changed.</source>
        <comment>@info</comment>
        <translation>%1 是一个符号链接。fincloud-onboard 不会跟随指向其数据库的链接：请用 --database 给出文件本身（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file. It was left as it is; choose a file with --database.</source>
        <comment>@info</comment>
        <translation>%1 是%2，不是数据库文件。它保持原样；请用 --database 选择一个文件。</translation>
    </message>
    <message>
        <source>The progress database %1 cannot be used as it is: the write-ahead log beside it belongs to another database.</source>
        <comment>@info</comment>
        <translation>进度数据库 %1 无法按原样使用：它旁边的预写日志属于另一个数据库。</translation>
    </message>
    <message>
        <source>%1 is not a fincloud-onboard database (it belongs to another program). It was left as it is; choose another file with --database.</source>
        <comment>@info</comment>
        <translation>%1 不是 fincloud-onboard 数据库（它属于另一个程序）。它保持原样；请用 --database 选择另一个文件。</translation>
    </message>
    <message>
        <source>The progress database %1 is damaged: its integrity check failed.</source>
        <comment>@info</comment>
        <translation>进度数据库 %1 已损坏：完整性检查未通过。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>There is no profile yet.</source>
        <translation>尚无企业资料。</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <comment>@info status --all</comment>
        <translation>（无企业名称）</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <comment>@info status --all</comment>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>all steps done</source>
        <comment>@info status --all</comment>
        <translation>所有步骤已完成</translation>
    </message>
    <message>
        <source>last change %1</source>
        <comment>@info status --all</comment>
        <translation>最后修改于 %1</translation>
    </message>
    <message>
        <source>Use either --all or --profile, not both.</source>
        <comment>@info status --all</comment>
        <translation>请只使用 --all 或 --profile 其中之一，不要同时使用。</translation>
    </message>
    <message>
        <source>DAMAGED DATA: %1</source>
        <comment>@info status --all</comment>
        <translation>数据已损坏：%1</translation>
    </message>
    <message numerus="yes">
        <source>Warning: profile %1 (%2) holds %n value(s) this program cannot read (damaged data): %3</source>
        <comment>@info status</comment>
        <translation>
            <numerusform>警告：档案 %1（%2）中有 %n 个本程序无法读取的值（数据已损坏）：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <comment>@info status --all</comment>
        <translation>已归档</translation>
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
    <message>
        <source>DAMAGED DATA: the database holds values this program cannot read:</source>
        <comment>@info status command</comment>
        <translation>数据已损坏：数据库中有本程序无法读取的值：</translation>
    </message>
    <message>
        <source>status unreadable (damaged data)</source>
        <comment>@info status command</comment>
        <translation>状态无法读取（数据已损坏）</translation>
    </message>
    <message>
        <source>since: unreadable (damaged data)</source>
        <comment>@info status command</comment>
        <translation>开始时间：无法读取（数据已损坏）</translation>
    </message>
    <message>
        <source>expected by: unreadable (damaged data)</source>
        <comment>@info status command</comment>
        <translation>预计完成：无法读取（数据已损坏）</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <comment>@info status command: %1 region name, %2 region ID</comment>
        <translation>地域：%1（%2）</translation>
    </message>
    <message>
        <source>Last change %1 by %2</source>
        <comment>@info status command: %1 time, %2 who</comment>
        <translation>最近更改：%1，由 %2</translation>
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
    <message>
        <source>Unreadable (damaged data)</source>
        <comment>@item status</comment>
        <translation>无法读取（数据已损坏）</translation>
    </message>
</context>
<context>
    <name>StepInputs</name>
    <message>
        <source>%1: correct the error shown under it.</source>
        <comment>@info held back</comment>
        <translation>%1：请更正其下方显示的错误。</translation>
    </message>
    <message>
        <source>%1: correct it, or give the reason for keeping it.</source>
        <comment>@info held back</comment>
        <translation>%1：请更正，或填写保留它的理由。</translation>
    </message>
    <message>
        <source>The address plan: correct the error shown in it.</source>
        <comment>@info held back</comment>
        <translation>地址规划：请更正其中显示的错误。</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>Not available: %1. %2</source>
        <comment>@info status choices</comment>
        <translation>不可选：%1。%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <comment>@title page</comment>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <source>Next stays off until this is resolved:</source>
        <comment>@info held back</comment>
        <translation>解决以下问题之前，“下一步”不可用：</translation>
    </message>
    <message>
        <source>Meanwhile you can go on with step %1 in the list on the left.</source>
        <comment>@info held back; %1 is one or more step numbers</comment>
        <translation>在此期间，可以在左侧列表中继续第 %1 步。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do now:&lt;/b&gt; %1</source>
        <comment>@info waiting; %1 is the advice</comment>
        <translation>&lt;b&gt;建议操作：&lt;/b&gt;%1</translation>
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
    <message>
        <source>Status unreadable (damaged data)</source>
        <comment>@info sidebar</comment>
        <translation>状态无法读取（数据已损坏）</translation>
    </message>
    <message>
        <source>%1 · an entry needs correcting</source>
        <comment>@info sidebar; %1 is the status</comment>
        <translation>%1 · 有一项需要更正</translation>
    </message>
    <message>
        <source>%1 · held back by step %2</source>
        <comment>@info sidebar; %1 is the status</comment>
        <translation>%1 · 等待第 %2 步更正</translation>
    </message>
    <message>
        <source>Overdue: expected by %1; see the notice below</source>
        <comment>@info sidebar</comment>
        <translation>已逾期：预计 %1 前完成；见下方提示</translation>
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
    <message>
        <source>at step %1: %2, %3</source>
        <comment>@item profile list; %3 is the step&apos;s status</comment>
        <translation>处于第 %1 步：%2，%3</translation>
    </message>
    <message>
        <source>all five steps done</source>
        <comment>@item profile list</comment>
        <translation>五个步骤均已完成</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>No database was given.</source>
        <comment>@info</comment>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>The database address is not a file on this computer.</source>
        <comment>@info</comment>
        <translation>数据库地址不是本机上的文件。</translation>
    </message>
    <message>
        <source>The database address must be a file path or a postgresql:// address.</source>
        <comment>@info</comment>
        <translation>数据库地址必须是文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The database address names several servers; give one.</source>
        <comment>@info</comment>
        <translation>数据库地址中指定了多个服务器；请只指定一个。</translation>
    </message>
    <message>
        <source>The server address in the database address is incomplete.</source>
        <comment>@info</comment>
        <translation>数据库地址中的服务器地址不完整。</translation>
    </message>
    <message>
        <source>The server address in the database address is not valid.</source>
        <comment>@info</comment>
        <translation>数据库地址中的服务器地址无效。</translation>
    </message>
    <message>
        <source>The port in the database address must be a number from 1 to 65535.</source>
        <comment>@info</comment>
        <translation>数据库地址中的端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The database address has an option that is not valid.</source>
        <comment>@info</comment>
        <translation>数据库地址中有无效的选项。</translation>
    </message>
    <message>
        <source>The option %1 in the database address may not contain &quot;;&quot;.</source>
        <comment>@info</comment>
        <translation>数据库地址中的选项 %1 不能包含“;”。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <comment>@info</comment>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <comment>@info</comment>
        <translation>未安装 Qt 的 SQLite 驱动。</translation>
    </message>
    <message>
        <source>Cannot connect to the shared database %1.</source>
        <comment>@info</comment>
        <translation>无法连接共享数据库 %1。</translation>
    </message>
    <message>
        <source>Cannot open the progress database %1.</source>
        <comment>@info</comment>
        <translation>无法打开进度数据库 %1。</translation>
    </message>
    <message>
        <source>The database path %1 starts with ~ followed by a user name; give the full path instead.</source>
        <comment>@info</comment>
        <translation>数据库路径 %1 以 ~ 加用户名开头；请改为给出完整路径。</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>Connection to the shared database lost — your edits are kept and will be saved when it is back.</source>
        <comment>@info</comment>
        <translation>与共享数据库的连接已断开 — 您的修改已保留，将在连接恢复后保存。</translation>
    </message>
    <message>
        <source>Someone else changed this profile, so your latest changes were not saved.</source>
        <comment>@info</comment>
        <translation>其他人修改了此企业资料，因此您最近的更改未保存。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>@info who, when: what</comment>
        <translation>%1，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier change(s) (see the timeline).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>……另有 %n 项更早的变更（见时间线）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload to see the profile as it is now.</source>
        <comment>@info</comment>
        <translation>重新加载即可查看企业资料的当前内容。</translation>
    </message>
    <message>
        <source>Profile changed by someone else</source>
        <comment>@label</comment>
        <translation>企业资料已被他人修改</translation>
    </message>
    <message>
        <source>Shared database unreachable</source>
        <comment>@label</comment>
        <translation>无法访问共享数据库</translation>
    </message>
    <message>
        <source>Damaged data in the profile of %1 (profile %2): the database holds values this program cannot read. They are not shown as &quot;not started&quot; or empty; check them before you rely on this profile:</source>
        <comment>@info</comment>
        <translation>%1 的档案（档案 %2）中有损坏的数据：数据库中有本程序无法读取的值。这些值不会显示为“未开始”或空白；在依赖此档案之前请先核对：</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <comment>@info</comment>
        <translation>（无公司名称）</translation>
    </message>
    <message>
        <source>Damaged data in this profile</source>
        <comment>@label</comment>
        <translation>此档案中有损坏的数据</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that could not reach the shared database are kept on this computer and will be saved when it can be reached.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n 处未能送达共享数据库的修改已保留在本机，可以连接时将自动保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits waiting to be saved</source>
        <comment>@label</comment>
        <translation>等待保存的修改</translation>
    </message>
    <message>
        <source>Forget the edits kept on this computer for the deleted profile.</source>
        <comment>@info:tooltip</comment>
        <translation>删除本机为已删除档案保留的修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept on this computer belong to a profile that was deleted meanwhile (%1), so they cannot be saved.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>本机保留的 %n 处修改属于期间已被删除的档案（%1），无法再保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept on this computer were not saved either: Reload drops them; closing the window keeps them for the next start.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>本机保留的 %n 处修改同样未保存：点“重新加载”会丢弃它们；关闭窗口则保留到下次启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits kept for a deleted profile</source>
        <comment>@label</comment>
        <translation>为已删除档案保留的修改</translation>
    </message>
    <message>
        <source>Reload</source>
        <comment>@action:button</comment>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Show the profile as it is saved now (%1). Your changes that were not saved are dropped.</source>
        <comment>@info:tooltip %1 the key, F5</comment>
        <translation>显示档案当前保存的内容（%1）。尚未保存的修改将被丢弃。</translation>
    </message>
    <message>
        <source>Discard Them</source>
        <comment>@action:button edits kept for a deleted profile</comment>
        <translation>丢弃这些修改</translation>
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
    <message>
        <source>step %1 (%2)</source>
        <comment>@info</comment>
        <translation>第 %1 步（%2）</translation>
    </message>
    <message>
        <source>Already under way: %1.</source>
        <comment>@info</comment>
        <translation>已在进行：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>@info</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>What to do now: %1</source>
        <comment>@info summary; %1 is the advice</comment>
        <translation>建议操作：%1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)
Network type: %3</source>
        <comment>@info %1 region name, %2 region ID</comment>
        <translation>地域：%1（%2）
网络类型：%3</translation>
    </message>
</context>
<context>
    <name>SystemKeychainVault</name>
    <message>
        <source>This computer has no keychain that the program can use (on Linux: a Secret Service such as GNOME Keyring or KWallet). The key is kept only until you close the program.</source>
        <comment>@info</comment>
        <translation>本机没有程序可用的系统钥匙串（在 Linux 上为 Secret Service，例如 GNOME Keyring 或 KWallet）。AccessKey 只保留到您关闭程序为止。</translation>
    </message>
    <message>
        <source>The keychain refused access. The key is kept only until you close the program.</source>
        <comment>@info</comment>
        <translation>系统钥匙串拒绝访问。AccessKey 只保留到您关闭程序为止。</translation>
    </message>
    <message>
        <source>The keychain could not be used. The key is kept only until you close the program.</source>
        <comment>@info</comment>
        <translation>无法使用系统钥匙串。AccessKey 只保留到您关闭程序为止。</translation>
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
    <message>
        <source>Plan the addresses now. The guide (2020) says a VPC&apos;s block cannot be changed later; today&apos;s VPC API reference (read 2026-12) lets you resize it within its first range or add secondary blocks, but a plan that fits from the start saves that work. Put one vSwitch in each zone you use; Finance Cloud recommends two zones in the same city (active-active), with multi-zone SLB and RDS. The zone IDs of your account are listed in the VPC console.</source>
        <comment>@info</comment>
        <translation>请现在就规划好地址。指南（2020 年）称专有网络的网段创建后无法更改；如今的专有网络 API 参考（2026 年 12 月查阅）允许在原网段范围内调整大小或添加附加网段，但一开始就规划合适可以省去这些工作。在用到的每个可用区中各建一个交换机；金融云建议使用同一城市的两个可用区（同城双活），并将 SLB 和 RDS 部署为多可用区。您账号的可用区 ID 可在专有网络控制台中查看。</translation>
    </message>
</context>
<context>
    <name>WaitingAdvice</name>
    <message>
        <source>Step %1 (%2)</source>
        <comment>@info waiting; %2 is the step&apos;s title</comment>
        <translation>第 %1 步（%2）</translation>
    </message>
    <message>
        <source>%1 is overdue by 1 working day.</source>
        <comment>@info waiting; %1 is the step</comment>
        <translation>%1 已逾期 1 个工作日。</translation>
    </message>
    <message>
        <source>%1 is overdue by %2 working days.</source>
        <comment>@info waiting; %1 is the step, %2 a number above 1</comment>
        <translation>%1 已逾期 %2 个工作日。</translation>
    </message>
    <message>
        <source>It was expected to be through by %1.</source>
        <comment>@info waiting; %1 is a date</comment>
        <translation>预计应于 %1 前完成。</translation>
    </message>
    <message>
        <source>It has been waiting for review since %1 and was expected to be through by %2.</source>
        <comment>@info waiting; %1 and %2 are dates</comment>
        <translation>自 %1 起等待审核，预计应于 %2 前完成。</translation>
    </message>
    <message>
        <source>%1 is waiting for review.</source>
        <comment>@info waiting; %1 is the step</comment>
        <translation>%1 正在等待审核。</translation>
    </message>
    <message>
        <source>%1 has been waiting for review since %2.</source>
        <comment>@info waiting; %1 is the step, %2 a date</comment>
        <translation>%1 自 %2 起等待审核。</translation>
    </message>
    <message>
        <source>It was expected to be through by %1; from %2, the next working day, it counts as overdue.</source>
        <comment>@info waiting; %1 and %2 are dates</comment>
        <translation>预计应于 %1 前完成；如仍未完成，自下一个工作日 %2 起计为逾期。</translation>
    </message>
    <message>
        <source>It is expected to be through today, %1.</source>
        <comment>@info waiting; %1 is a date</comment>
        <translation>预计今天（%1）完成。</translation>
    </message>
    <message>
        <source>It is expected to be through by %1.</source>
        <comment>@info waiting; %1 is a date</comment>
        <translation>预计 %1 前完成。</translation>
    </message>
    <message>
        <source>The guide gives no duration for it, so no date is expected.</source>
        <comment>@info waiting</comment>
        <translation>指南没有给出这项审核的时长，因此没有预计完成日期。</translation>
    </message>
    <message>
        <source>The expected date counts weekends only for %1: the program knows no public holidays for that year.</source>
        <comment>@info waiting; %1 is a year</comment>
        <translation>%1 年的预计日期只扣除了周末：程序中没有该年的法定节假日数据。</translation>
    </message>
    <message>
        <source>the company name</source>
        <comment>@info waiting</comment>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>the company name (%1)</source>
        <comment>@info waiting; %1 is the name</comment>
        <translation>企业名称（%1）</translation>
    </message>
    <message>
        <source>the business-licence registration number (营业执照注册号)</source>
        <comment>@info waiting</comment>
        <translation>营业执照注册号</translation>
    </message>
    <message>
        <source>the business-licence registration number (营业执照注册号: %1)</source>
        <comment>@info waiting; %1 is the number</comment>
        <translation>营业执照注册号（%1）</translation>
    </message>
    <message>
        <source>If the verification cannot be completed online, write to Finance Cloud staff at %1 with %2 and %3; they can confirm who you are and complete it for you.</source>
        <comment>@info waiting; %1 is the e-mail address, %2 and %3 what to give them</comment>
        <translation>如果无法在线完成实名认证，请发邮件至 %1 联系金融云工作人员，并提供%2和%3；工作人员确认您的身份后可代为完成认证。</translation>
    </message>
    <message>
        <source>This method normally completes at once: check in the console under 实名认证 whether the verification is through, and if so mark this step done.</source>
        <comment>@info waiting</comment>
        <translation>此认证方式通常即时完成：请在控制台的“实名认证”中查看认证是否已通过；如已通过，请将此步骤标记为已完成。</translation>
    </message>
    <message>
        <source>Banks take 2–3 working days to deliver the small amount to the corporate account. Once it has arrived, enter it in the console to the fen (%1 attempts in all) and record in step 2 what the console said.</source>
        <comment>@info waiting; %1 is a number above 1</comment>
        <translation>银行需要 2–3 个工作日才能将小额打款送达对公账户。到账后，请在控制台中输入该金额（精确到分，共 %1 次机会），并在第 2 步中记录控制台的结果。</translation>
    </message>
    <message>
        <source>If the deposit has not arrived, ask the bank about it and check the corporate account details you entered in the console (实名认证 → 企业/政府实名认证). A deposit that could not be credited is refunded.</source>
        <comment>@info waiting</comment>
        <translation>如果打款一直未到账，请向银行查询，并核对您在控制台（实名认证 → 企业/政府实名认证）中填写的对公账户信息。无法入账的打款会被退回。</translation>
    </message>
    <message>
        <source>The application&apos;s state shows on the 金融客户认证 page (解决方案 &gt; 行业解决方案 &gt; 新金融, then 立即认证新金融); record the outcome in step 3 when it is decided. If the submission failed or the review takes unusually long, write to %1.</source>
        <comment>@info waiting; %1 is the e-mail address</comment>
        <translation>申请状态显示在“金融客户认证”页面上（解决方案 &gt; 行业解决方案 &gt; 新金融，然后点击“立即认证新金融”）；有结果后，请在第 3 步中记录。如果提交失败或审核时间明显偏长，请发邮件至 %1。</translation>
    </message>
    <message>
        <source>A paper contract is arranged by Finance Cloud staff: ask them at %1 how far it is.</source>
        <comment>@info waiting; %1 is the e-mail address</comment>
        <translation>纸质合同由金融云工作人员办理：请发邮件至 %1 询问进度。</translation>
    </message>
    <message>
        <source>The move of money is handled in the ticket (工单) of type 财务类 opened from the original account: its state shows in that account&apos;s ticket list.</source>
        <comment>@info waiting</comment>
        <translation>资金转移在原账号提交的“财务类”工单中办理：请在原账号的工单列表中查看进度。</translation>
    </message>
    <message>
        <source>Contracts, top-up (账户资产) and invoices are in the billing console; when what this step waits for is through, mark it done.</source>
        <comment>@info waiting</comment>
        <translation>合同、充值（账户资产）和发票都在费用中心办理；所等待的事项完成后，请将此步骤标记为已完成。</translation>
    </message>
    <message>
        <source>The guide names no review for this step: when it is through in the console, mark it done.</source>
        <comment>@info waiting</comment>
        <translation>指南没有为此步骤规定审核：在控制台中完成后，请将其标记为已完成。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
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
    <message>
        <source>Ch&amp;oose another company…</source>
        <comment>@action:button</comment>
        <translation>选择其他企业(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose another company</source>
        <comment>@action:button</comment>
        <translation>选择其他企业</translation>
    </message>
    <message>
        <source>Every company&apos;s profile: search by name or credit code, filter by status.</source>
        <comment>@info:tooltip</comment>
        <translation>所有企业的资料：按名称或统一社会信用代码搜索，按状态筛选。</translation>
    </message>
    <message>
        <source>progress unreadable (damaged data)</source>
        <comment>@item profile list</comment>
        <translation>进度无法读取（数据已损坏）</translation>
    </message>
    <message>
        <source>Your progress is saved in your team&apos;s shared database (%1). Apart from that, nothing is sent anywhere unless you start an account check: the check sends read-only requests to Alibaba Cloud&apos;s API, signed with your AccessKey, and no company data.</source>
        <comment>@info %1 the database server</comment>
        <translation>您的进度保存在团队的共享数据库（%1）中。除此之外，除非您启动账号检查，否则不会向任何地方发送数据：检查只向阿里云 API 发送用您的 AccessKey 签名的只读请求，不包含任何企业资料。</translation>
    </message>
    <message>
        <source>Your progress is saved in a file on this computer, and nothing is sent anywhere unless you start an account check: the check sends read-only requests to Alibaba Cloud&apos;s API, signed with your AccessKey, and no company data.</source>
        <comment>@info</comment>
        <translation>您的进度保存在本机的文件中；除非您启动账号检查，否则不会向任何地方发送数据：检查只向阿里云 API 发送用您的 AccessKey 签名的只读请求，不包含任何企业资料。</translation>
    </message>
    <message>
        <source>The AccessKey secret stays in memory until you close the program, unless you ask to remember it in this computer&apos;s keychain. Your Alibaba Cloud password is never asked for.</source>
        <comment>@info</comment>
        <translation>AccessKey Secret 仅保存在内存中，关闭程序即消失，除非您要求将其记在本机的钥匙串中。本程序绝不会要求您提供阿里云密码。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. It is kept in the database and can be brought back.</source>
        <comment>@info</comment>
        <translation>已删除“%1”。它仍保存在数据库中，可以恢复。</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>@item profile list</comment>
        <translation>已归档</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <comment>@action:inmenu</comment>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <comment>@action:inmenu</comment>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete key or context menu: archive or delete a company.</source>
        <comment>@info:tooltip</comment>
        <translation>按 Delete 键或打开右键菜单：归档或删除企业。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <comment>@action:button</comment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <comment>@action:button</comment>
        <translation>撤销删除</translation>
    </message>
</context>
<context>
    <name>WizardFrame</name>
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
        <source>&amp;Timeline…</source>
        <comment>@action:button</comment>
        <translation>时间线(&amp;T)…</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <comment>@action:button</comment>
        <translation>进度(&amp;G)</translation>
    </message>
    <message>
        <source>Every company&apos;s profile: search, filter by status, open another one.</source>
        <comment>@info:tooltip</comment>
        <translation>所有企业的资料：搜索、按状态筛选、打开另一家企业。</translation>
    </message>
    <message>
        <source>Export or import this progress as a file, or print a checklist.</source>
        <comment>@info:tooltip</comment>
        <translation>将此进度导出为文件或从文件导入，或打印清单。</translation>
    </message>
    <message>
        <source>Every change to this profile, newest first.</source>
        <comment>@info:tooltip</comment>
        <translation>此企业资料的全部变更，最新的在前。</translation>
    </message>
    <message>
        <source>Close the window. Everything is already saved.</source>
        <comment>@info:tooltip</comment>
        <translation>关闭窗口。所有内容均已保存。</translation>
    </message>
    <message>
        <source>Questions and answers for this step, and diagnostics for support.</source>
        <comment>@info:tooltip</comment>
        <translation>本步骤的常见问题，以及供技术支持使用的诊断信息。</translation>
    </message>
    <message>
        <source>Show the questions and answers for this step.</source>
        <comment>@info:tooltip</comment>
        <translation>显示本步骤的常见问题。</translation>
    </message>
    <message>
        <source>Com&amp;panies…</source>
        <comment>@action:button</comment>
        <translation>企业列表(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ZoneComparison</name>
    <message>
        <source>As many zones as in the guide.</source>
        <comment>@info zone comparison</comment>
        <translation>可用区数量与指南相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) more than in the guide.</source>
        <comment>@info zone comparison</comment>
        <translation>
            <numerusform>比指南多 %n 个可用区。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) fewer than in the guide; the list depends on the account.</source>
        <comment>@info zone comparison</comment>
        <translation>
            <numerusform>比指南少 %n 个可用区；可用区列表因账号而异。</numerusform>
        </translation>
    </message>
    <message>
        <source>This region is not in the guide.</source>
        <comment>@info zone comparison</comment>
        <translation>指南中没有此地域。</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <comment>@info zone comparison</comment>
        <translation>无法读取。</translation>
    </message>
    <message>
        <source>Could not be read: %1.</source>
        <comment>@info zone comparison, %1 the cause</comment>
        <translation>无法读取：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n region(s) could not be read.</source>
        <comment>@info %1 how many</comment>
        <translation>
            <numerusform>%n 个地域中有 %1 个无法读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n other cause(s) (see the rows)</source>
        <comment>@info %1 the first cause</comment>
        <translation>
            <numerusform>%1，另有 %n 个其他原因（见相应行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n region(s) could not be read: %2.</source>
        <comment>@info %1 how many could not be read, %2 the cause</comment>
        <translation>
            <numerusform>%n 个地域中有 %1 个无法读取：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info two sentences in a row</comment>
        <translation>%1%2</translation>
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
    <message>
        <source>%1, invitational preview</source>
        <comment>@item region name; the console&apos;s label 邀测</comment>
        <translation>%1（邀测）</translation>
    </message>
    <message>
        <source>Finance Cloud regions, zones and networks today</source>
        <comment>@label table</comment>
        <translation>金融云地域、可用区和网络（当前）</translation>
    </message>
    <message>
        <source>Today, from the provider&apos;s documentation (%1), read %2:</source>
        <comment>@info table caption, %1 the page, %2 the month read</comment>
        <translation>当前情况，来自服务商文档（%1），查阅于 %2：</translation>
    </message>
    <message>
        <source>Documented zone counts; the zones of your account come from the API (below). Only the VPC build path is documented today.</source>
        <comment>@info table note</comment>
        <translation>表中为文档记载的可用区数量；您账号的可用区以 API 读取结果为准（见下方）。目前文档只说明了 VPC 的搭建方式。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>plan: write the network plan as terraform (the alicloud provider) or ros (a Resource Orchestration Service template, JSON).</source>
        <translation>plan：将网络规划写为 terraform（alicloud Provider）或 ros（资源编排服务模板，JSON）。</translation>
    </message>
    <message>
        <source>plan: replace the --out file even when this program did not write it (never a symbolic link).</source>
        <translation>plan：即使 --out 文件不是本程序写入的也替换它（符号链接除外）。</translation>
    </message>
    <message>
        <source>plan --format ros: have ROS check the template first (ValidateTemplate, with the key the cloud commands use; it needs no permission).</source>
        <translation>plan --format ros：写入前先由 ROS 检查模板（ValidateTemplate，使用云命令所用的密钥；无需任何权限）。</translation>
    </message>
    <message>
        <source>Guides an enterprise through Alibaba Cloud Finance Cloud onboarding.</source>
        <translation>引导企业完成阿里云金融云的开通流程。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
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
        <source>Wrote %1 page images into %2</source>
        <translation>已将 %1 张页面图片写入 %2</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been painted (for start-up measurements).</source>
        <translation>窗口首次绘制完成后立即退出（用于测量启动时间）。</translation>
    </message>
    <message>
        <source>check-public-resources, zones, plan --validate: send every API call to this base URL (https; plain http only to this computer; also FINCLOUD_API_ENDPOINT).</source>
        <translation>check-public-resources、zones、plan --validate 命令：将所有 API 调用发送到此基础 URL（须为 https；仅本机可用普通 http；也可用环境变量 FINCLOUD_API_ENDPOINT 设置）。</translation>
    </message>
    <message>
        <source>status, check-public-resources, zones: print JSON (see README).</source>
        <translation>status、check-public-resources、zones 命令：以 JSON 格式输出（参见 README）。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Show the program&apos;s version and exit.</source>
        <translation>显示程序版本并退出。</translation>
    </message>
    <message>
        <source>Log debug messages too (session log and standard error; see README).</source>
        <translation>同时记录调试信息（写入会话日志和标准错误输出；参见 README）。</translation>
    </message>
    <message>
        <source>Start with the company data and settings of an administrator&apos;s prefill file (see README).</source>
        <translation>使用管理员提供的预填文件中的企业资料和设置启动（参见 README）。</translation>
    </message>
    <message>
        <source>Progress database: a file, or a shared PostgreSQL database postgresql://user@host[:port]/dbname (also FINCLOUD_DATABASE; default: %1).</source>
        <translation>进度数据库：文件，或共享的 PostgreSQL 数据库 postgresql://user@host[:port]/dbname（也可用环境变量 FINCLOUD_DATABASE 设置；默认：%1）。</translation>
    </message>
    <message>
        <source>export, checklist, plan: the file to write.</source>
        <translation>export、checklist、plan 命令：要写入的文件。</translation>
    </message>
    <message>
        <source>import: what to do when a saved profile is the same company: replace, keep-both or cancel (default: cancel, exit status 1).</source>
        <translation>import 命令：已保存的企业资料属于同一企业时的处理方式：replace、keep-both 或 cancel（默认：cancel，退出状态为 1）。</translation>
    </message>
    <message>
        <source>status: list every profile, one line each (with --json: a JSON array).</source>
        <translation>status 命令：列出所有企业资料，每个一行（与 --json 一起使用时输出 JSON 数组）。</translation>
    </message>
    <message>
        <source>Cannot read the prefill file %1: %2</source>
        <translation>无法读取预填文件 %1：%2</translation>
    </message>
    <message>
        <source>The prefill file %1 cannot be used, so no profile was created or changed. %2</source>
        <translation>无法使用预填文件 %1，因此未创建或修改任何企业资料。%2</translation>
    </message>
    <message>
        <source>fincloud-onboard is already open on this database; its window was brought to the front.</source>
        <translation>fincloud-onboard 已打开此数据库，已将其窗口置于前台。</translation>
    </message>
    <message>
        <source>Cannot use the prefill file</source>
        <translation>无法使用预填文件</translation>
    </message>
    <message>
        <source>Nothing was changed. To repair it, start the wizard (it offers the newest good backup), or list the backups with &quot;fincloud-onboard backups&quot; and restore one with &quot;fincloud-onboard restore FILE&quot;.</source>
        <translation>未做任何更改。要修复它，请启动向导（它会提供最新的完好备份），或用 &quot;fincloud-onboard backups&quot; 列出备份，再用 &quot;fincloud-onboard restore FILE&quot; 恢复其中一个。</translation>
    </message>
    <message>
        <source>The progress database is damaged</source>
        <translation>进度数据库已损坏</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Whatever you choose, the damaged file is kept beside the database.</source>
        <translation>目前尚未做任何更改。无论您选择哪一项，损坏的文件都会保留在数据库旁边。</translation>
    </message>
    <message>
        <source>The newest good automatic backup is from %1.</source>
        <translation>最新的完好自动备份创建于 %1。</translation>
    </message>
    <message>
        <source>Set it aside and start empty</source>
        <translation>将其移到一旁并从空数据库开始</translation>
    </message>
    <message>
        <source>A damaged copy is kept</source>
        <translation>已保留一个损坏的副本</translation>
    </message>
    <message>
        <source>A damaged copy of the progress database was set aside and is kept at %1. The command &quot;fincloud-onboard backups&quot; lists it with the automatic backups.</source>
        <translation>进度数据库的一个损坏副本已被移到一旁，保存在 %1。命令 &quot;fincloud-onboard backups&quot; 会将它与自动备份一起列出。</translation>
    </message>
    <message>
        <source>Do not remind me again</source>
        <translation>不再提醒</translation>
    </message>
    <message>
        <source>Remind me next time</source>
        <translation>下次再提醒</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>备份未恢复</translation>
    </message>
    <message>
        <source>The program could not start again; start it yourself.</source>
        <translation>程序无法重新启动；请手动启动它。</translation>
    </message>
    <message>
        <source>status, export, checklist, plan: the company name, or #id (default: the profile used last).</source>
        <translation>status、export、checklist、plan：公司名称，或 #id（默认：上次使用的档案）。</translation>
    </message>
    <message>
        <source>status --all: list the archived profiles too (deleted ones never).</source>
        <translation>status --all：同时列出已归档的企业资料（已删除的从不列出）。</translation>
    </message>
    <message>
        <source>setup-database: the group role that staff logins are members of (created when missing; data rights only).</source>
        <translation>setup-database：员工登录所属的组角色（不存在时创建；仅有数据权限）。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile (~/.aliyun/config.json) or credentials file profile to take the key from (also ALIBABA_CLOUD_PROFILE; see README).</source>
        <translation>从哪个 aliyun CLI 配置（~/.aliyun/config.json）或凭据文件配置读取密钥（也可用 ALIBABA_CLOUD_PROFILE；见 README）。</translation>
    </message>
</context>
</TS>
