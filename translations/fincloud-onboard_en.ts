<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountEvidenceText</name>
    <message numerus="yes">
        <source>An invoice title is set up on the account (%n title(s)).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>An invoice title is set up on the account (%n title).</numerusform>
            <numerusform>An invoice title is set up on the account (%n titles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An invoice title is set up on the account: &quot;%1&quot; (%n title(s)).</source>
        <comment>@info %1 the invoice title</comment>
        <translation>
            <numerusform>An invoice title is set up on the account: &quot;%1&quot; (%n title).</numerusform>
            <numerusform>An invoice title is set up on the account: &quot;%1&quot; (%n titles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n profile</numerusform>
            <numerusform>%n profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copy(s) dismissed; the files are kept, renamed &quot;dismissed&quot;.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n damaged copy dismissed; the file is kept, renamed &quot;dismissed&quot;.</numerusform>
            <numerusform>%n damaged copies dismissed; the files are kept, renamed &quot;dismissed&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message numerus="yes">
        <source>Wrote the checklist of &quot;%1&quot; to %2 (%n page(s)).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Wrote the checklist of &quot;%1&quot; to %2 (%n page).</numerusform>
            <numerusform>Wrote the checklist of &quot;%1&quot; to %2 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <comment>@info checklist</comment>
        <translation>
            <numerusform>overdue by %n working day</numerusform>
            <numerusform>overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Region: %1 (%2), %n zone(s) in the guide</source>
        <comment>@info checklist: %1 region name, %2 region ID</comment>
        <translation>
            <numerusform>Region: %1 (%2), %n zone in the guide</numerusform>
            <numerusform>Region: %1 (%2), %n zones in the guide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudCommands</name>
    <message numerus="yes">
        <source>ROS accepted the template (ValidateTemplate, %n output(s)).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>ROS accepted the template (ValidateTemplate, %n output).</numerusform>
            <numerusform>ROS accepted the template (ValidateTemplate, %n outputs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudErrorText</name>
    <message numerus="yes">
        <source>no answer from %1 within %n second(s)</source>
        <comment>@info cause, %1 is a host name</comment>
        <translation>
            <numerusform>no answer from %1 within %n second</numerusform>
            <numerusform>no answer from %1 within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkEvidenceText</name>
    <message numerus="yes">
        <source>The network in %1 differs from the plan (%n difference(s)).</source>
        <comment>@info %1 a region id</comment>
        <translation>
            <numerusform>The network in %1 differs from the plan (%n difference).</numerusform>
            <numerusform>The network in %1 differs from the plan (%n differences).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The VPC %1 in %2 (%3) differs from the plan (%n difference(s)).</source>
        <comment>@info %1 a VPC id, %2 a region id, %3 how it was found</comment>
        <translation>
            <numerusform>The VPC %1 in %2 (%3) differs from the plan (%n difference).</numerusform>
            <numerusform>The VPC %1 in %2 (%3) differs from the plan (%n differences).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrefillApplier</name>
    <message numerus="yes">
        <source>The prefill values have %n problem(s), so no profile was created or changed.</source>
        <comment>@info prefill</comment>
        <translation>
            <numerusform>The prefill values have %n problem, so no profile was created or changed.</numerusform>
            <numerusform>The prefill values have %n problems, so no profile was created or changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrefillFile</name>
    <message numerus="yes">
        <source>The prefill file has %n problem(s).</source>
        <comment>@info prefill</comment>
        <translation>
            <numerusform>The prefill file has %n problem.</numerusform>
            <numerusform>The prefill file has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFileReader</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <comment>@info import</comment>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message numerus="yes">
        <source>%n companies</source>
        <comment>@info profile picker</comment>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n companies</source>
        <comment>@info profile picker</comment>
        <translation>
            <numerusform>Showing %1 of %n company</numerusform>
            <numerusform>Showing %1 of %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n companies</source>
        <comment>@info profile picker</comment>
        <translation>
            <numerusform>Showing %n company</numerusform>
            <numerusform>Showing %n companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicResourceSummary</name>
    <message numerus="yes">
        <source>No ECS or RDS instances are visible to this key in %n public-cloud region(s). That is not proof that the account holds none: the key of a RAM user without read permission sees empty lists too. Check with the main account&apos;s key or in the console before applying.</source>
        <comment>@info verdict</comment>
        <translation>
            <numerusform>No ECS or RDS instances are visible to this key in %n public-cloud region. That is not proof that the account holds none: the key of a RAM user without read permission sees empty lists too. Check with the main account&apos;s key or in the console before applying.</numerusform>
            <numerusform>No ECS or RDS instances are visible to this key in %n public-cloud regions. That is not proof that the account holds none: the key of a RAM user without read permission sees empty lists too. Check with the main account&apos;s key or in the console before applying.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Public-cloud resources found: %n instance(s). An account that holds public-cloud resources cannot pass Finance Cloud certification; release them, or apply with a new account.</source>
        <comment>@info verdict</comment>
        <translation>
            <numerusform>Public-cloud resources found: %n instance. An account that holds public-cloud resources cannot pass Finance Cloud certification; release them, or apply with a new account.</numerusform>
            <numerusform>Public-cloud resources found: %n instances. An account that holds public-cloud resources cannot pass Finance Cloud certification; release them, or apply with a new account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last checked on %1: no instances visible to the key in %n region(s).</source>
        <comment>@info %1 a date and time</comment>
        <translation>
            <numerusform>Last checked on %1: no instances visible to the key in %n region.</numerusform>
            <numerusform>Last checked on %1: no instances visible to the key in %n regions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alibaba Cloud listed no public-cloud regions for this key (%n region(s) in all), so nothing could be checked.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Alibaba Cloud listed no public-cloud regions for this key (%n region in all), so nothing could be checked.</numerusform>
            <numerusform>Alibaba Cloud listed no public-cloud regions for this key (%n regions in all), so nothing could be checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n other cause(s) (see the details)</source>
        <comment>@info %1 the first cause</comment>
        <translation>
            <numerusform>%1, and %n other cause (see the details)</numerusform>
            <numerusform>%1, and %n other causes (see the details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n region(s) could not be read: %2.</source>
        <comment>@info %1 how many could not be read, %2 the cause</comment>
        <translation>
            <numerusform>%1 of %n region could not be read: %2.</numerusform>
            <numerusform>%1 of %n regions could not be read: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message numerus="yes">
        <source>Warning: profile %1 (%2) holds %n value(s) this program cannot read (damaged data): %3</source>
        <comment>@info status</comment>
        <translation>
            <numerusform>Warning: profile %1 (%2) holds %n value this program cannot read (damaged data): %3</numerusform>
            <numerusform>Warning: profile %1 (%2) holds %n values this program cannot read (damaged data): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message numerus="yes">
        <source>… and %n earlier change(s) (see the timeline).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>… and %n earlier change (see the timeline).</numerusform>
            <numerusform>… and %n earlier changes (see the timeline).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that could not reach the shared database are kept on this computer and will be saved when it can be reached.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n edit that could not reach the shared database is kept on this computer and will be saved when it can be reached.</numerusform>
            <numerusform>%n edits that could not reach the shared database are kept on this computer and will be saved when it can be reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept on this computer belong to a profile that was deleted meanwhile (%1), so they cannot be saved.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n edit kept on this computer belongs to a profile that was deleted meanwhile (%1), so it cannot be saved.</numerusform>
            <numerusform>%n edits kept on this computer belong to a profile that was deleted meanwhile (%1), so they cannot be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept on this computer were not saved either: Reload drops them; closing the window keeps them for the next start.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n edit kept on this computer was not saved either: Reload drops it; closing the window keeps it for the next start.</numerusform>
            <numerusform>%n edits kept on this computer were not saved either: Reload drops them; closing the window keeps them for the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoneComparison</name>
    <message numerus="yes">
        <source>%n zone(s) more than in the guide.</source>
        <comment>@info zone comparison</comment>
        <translation>
            <numerusform>%n zone more than in the guide.</numerusform>
            <numerusform>%n zones more than in the guide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) fewer than in the guide; the list depends on the account.</source>
        <comment>@info zone comparison</comment>
        <translation>
            <numerusform>%n zone fewer than in the guide; the list depends on the account.</numerusform>
            <numerusform>%n zones fewer than in the guide; the list depends on the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n region(s) could not be read.</source>
        <comment>@info %1 how many</comment>
        <translation>
            <numerusform>%1 of %n region could not be read.</numerusform>
            <numerusform>%1 of %n regions could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n other cause(s) (see the rows)</source>
        <comment>@info %1 the first cause</comment>
        <translation>
            <numerusform>%1, and %n other cause (see the rows)</numerusform>
            <numerusform>%1, and %n other causes (see the rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n region(s) could not be read: %2.</source>
        <comment>@info %1 how many could not be read, %2 the cause</comment>
        <translation>
            <numerusform>%1 of %n region could not be read: %2.</numerusform>
            <numerusform>%1 of %n regions could not be read: %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
