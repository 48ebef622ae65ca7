#include "CommandTable.h"

#include "ChecklistCommand.h"
#include "cli/AccountCommand.h"
#include "cli/BackupCommands.h"
#include "cli/CheckDataCommand.h"
#include "cli/CloudCommands.h"
#include "cli/CommandLine.h"
#include "cli/DiagnosticsCommand.h"
#include "cli/ExchangeCommands.h"
#include "cli/NetworkCommand.h"
#include "cli/PlanCommand.h"
#include "cli/StatusCommand.h"
#include "cli/StoreFailure.h"
#include "cloud/CredentialChain.h"
#include "core/Clock.h"
#include "diagnostics/Redactor.h"
#include "diagnostics/SessionLog.h"
#include "storage/ProgressStore.h"
#include "storage/SharedStoreSetup.h"
#include "storage/StoreAddress.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

namespace {

// Both cloud commands take the key from the same chain: --help says so once.
const char *const AccessKeyFromEnvironment = QT_TRANSLATE_NOOP("CommandTable",
    "key from the environment, the aliyun CLI profile or the credentials file, as the official "
    "SDKs look it up");

QString refuseWithoutOut(const Command &command, const CommandLineOptions &options)
{
    return options.outPath.isEmpty() ? command.usage() : QString();
}

CloudCommandOptions cloudOptions(const CommandLineOptions &options)
{
    CloudCommandOptions cloud;
    cloud.apiEndpoint = options.apiEndpoint;
    cloud.json = options.json;
    cloud.environment = CredentialChain::withProfileOption(cloud.environment, options.cloudProfile);
    return cloud;
}

QList<Command> commands()
{
    QList<Command> table;
    table.append({
        .name = QStringLiteral("status"),
        .usageOptions = QStringLiteral("[--profile NAME | --all [--archived]] [--json]"),
        .description = QT_TRANSLATE_NOOP("CommandTable", "print progress and exit"),
        .store = StoreAccess::ReadOnly,
        .refusal =
            [](const Command &, const CommandLineOptions &options) {
                return options.all && !options.profile.isEmpty() ? allWithProfileRefusal()
                                                                 : QString();
            },
        .run =
            [](const CommandContext &c) {
                return runStatusCommand(*c.store, c.clock,
                    {c.options.profile, c.options.json, c.options.all, c.options.archived}, c.out,
                    c.err);
            },
    });
    table.append({
        .name = QStringLiteral("check-data"),
        .argument = QStringLiteral("FILE.json"),
        .run =
            [](const CommandContext &c) {
                return runCheckDataCommand(c.options.argument, c.clock.today(), c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("check-public-resources"),
        .usageOptions = QStringLiteral("[--json] [--api-endpoint URL] [--cloud-profile NAME]"),
        .description = AccessKeyFromEnvironment,
        .run =
            [](const CommandContext &c) {
                return runCheckPublicResources(cloudOptions(c.options), c.clock, c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("zones"),
        .usageOptions = QStringLiteral("[--json] [--api-endpoint URL] [--cloud-profile NAME]"),
        .description = AccessKeyFromEnvironment,
        .run =
            [](const CommandContext &c) {
                return runZones(cloudOptions(c.options), c.clock, c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("check-account"),
        .usageOptions
        = QStringLiteral("[--json] [--profile NAME] [--api-endpoint URL] [--cloud-profile NAME]"),
        .description = QT_TRANSLATE_NOOP("CommandTable",
            "whose key, balance, invoice title and finance regions; with --profile, stored in "
            "that profile"),
        // Reaches the database itself, and only with --profile (AccountCommand.h).
        .store = StoreAccess::Own,
        .run =
            [](const CommandContext &c) {
                return runCheckAccount(
                    {cloudOptions(c.options), c.options.profile}, c.address, c.clock, c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("verify-network"),
        .usageOptions
        = QStringLiteral("[--json] [--profile NAME] [--api-endpoint URL] [--cloud-profile NAME]"),
        .description = QT_TRANSLATE_NOOP("CommandTable",
            "the VPC and vSwitches as built beside the profile's plan; stored in that profile"),
        // Reaches the database itself (NetworkCommand.h).
        .store = StoreAccess::Own,
        .run =
            [](const CommandContext &c) {
                return runVerifyNetwork(
                    {cloudOptions(c.options), c.options.profile}, c.address, c.clock, c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("which-credentials"),
        .hidden = true,
        .run =
            [](const CommandContext &c) {
                return runWhichCredentials(cloudOptions(c.options), c.clock, c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("diagnostics"),
        .description = QT_TRANSLATE_NOOP("CommandTable", "print the text for support"),
        .store = StoreAccess::Own,
        .run =
            [](const CommandContext &c) {
                return runDiagnosticsCommand(
                    {*c.address, SessionLog::defaultFolder(), c.options.settings.filesRead},
                    Redactor::fromEnvironment(QProcessEnvironment::systemEnvironment()), c.out);
            },
    });
    table.append({
        .name = QStringLiteral("export"),
        .usageOptions = QStringLiteral("[--profile NAME] --out FILE.json"),
        .store = StoreAccess::ReadOnly,
        .refusal = &refuseWithoutOut,
        .run =
            [](const CommandContext &c) {
                return runExportCommand(
                    *c.store, c.clock, {c.options.profile, c.options.outPath}, c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("import"),
        .argument = QStringLiteral("FILE.json"),
        .usageOptions = QStringLiteral("[--on-conflict replace|keep-both|cancel]"),
        .store = StoreAccess::ReadWrite,
        .refusal =
            [](const Command &command, const CommandLineOptions &options) {
                return conflictChoice(options.onConflict) ? QString() : command.usage();
            },
        .run =
            [](const CommandContext &c) {
                return runImportCommand(*c.store, c.clock,
                    {c.options.argument,
                        conflictChoice(c.options.onConflict).value_or(ConflictChoice::Cancel)},
                    c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("checklist"),
        .usageOptions = QStringLiteral("[--profile NAME] --out FILE.pdf [--lang CODE]"),
        .description = QT_TRANSLATE_NOOP("CommandTable", "a PDF"),
        .store = StoreAccess::ReadOnly,
        .needsFonts = true,
        .refusal = &refuseWithoutOut,
        .run =
            [](const CommandContext &c) {
                return runChecklistCommand(
                    *c.store, c.clock, {c.options.profile, c.options.outPath}, c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("plan"),
        .usageOptions = QStringLiteral(
            "--format terraform|ros --out FILE [--profile NAME] [--force] [--validate]"),
        .description = QT_TRANSLATE_NOOP("CommandTable", "the network of step 5 as code"),
        .store = StoreAccess::ReadOnly,
        .refusal = &refuseWithoutOut,
        .run =
            [](const CommandContext &c) {
                // Asked here, not as a refusal, as setup-database does: the
                // command line's own checks run every command without its options.
                const std::optional<PlanFile::Format> format
                    = PlanFile::formatNamed(c.options.format);
                if (!format || (c.options.validate && format != PlanFile::Format::Ros)) {
                    c.err << CommandTable::find(QStringLiteral("plan"))->usage() << '\n';
                    return 2;
                }
                PlanOptions plan {c.options.profile, *format, c.options.outPath, c.options.force};
                if (c.options.validate)
                    plan.validate = cloudOptions(c.options);
                return runPlanCommand(*c.store, c.clock, plan, c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("backups"),
        .description = QT_TRANSLATE_NOOP("CommandTable", "list them"),
        .store = StoreAccess::OwnSqliteFile,
        .run =
            [](const CommandContext &c) {
                return runBackupsCommand(c.address->sqlitePath(), c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("restore"),
        .argument = QStringLiteral("BACKUP-FILE"),
        .usageOptions = QStringLiteral("(see: fincloud-onboard backups)"),
        .store = StoreAccess::OwnSqliteFile,
        .run =
            [](const CommandContext &c) {
                return runRestoreCommand(
                    c.address->sqlitePath(), c.options.argument, c.clock.now(), c.out, c.err);
            },
    });
    table.append({
        .name = QStringLiteral("setup-database"),
        .usageOptions = QStringLiteral("--database postgresql://… --staff-role NAME"),
        .description = QT_TRANSLATE_NOOP(
            "CommandTable", "for an administrator: a shared database's tables and staff role"),
        .store = StoreAccess::Own,
        .run =
            [](const CommandContext &c) {
                // Asked here, not as a refusal: the command line's own checks
                // run every command of the table without its options.
                if (c.options.staffRole.isEmpty()) {
                    c.err << CommandTable::find(QStringLiteral("setup-database"))->usage() << '\n';
                    return 2;
                }
                const Result<QStringList> done
                    = SharedStoreSetup::run(*c.address, c.options.staffRole, c.clock.now());
                if (!done)
                    return StoreFailure::report(done.error(), c.err);
                for (const QString &line : done.value())
                    c.out << line << '\n';
                return 0;
            },
    });
    table.append({
        .name = QStringLiteral("dismiss-damaged"),
        .store = StoreAccess::OwnSqliteFile,
        .run =
            [](const CommandContext &c) {
                return runDismissDamagedCommand(c.address->sqlitePath(), c.out, c.err);
            },
    });
    return table;
}

QString described(const Command &command)
{
    return command.argument.isEmpty() ? command.name
                                      : QStringLiteral("%1 %2").arg(command.name, command.argument);
}

// Reaches the database as the command says (the reminder of damaged copies
// first, as for every command that names one), then runs the command.
int runOnDatabase(const Command &command, CommandContext &context)
{
    const Result<StoreAddress> address = CommandLine::databaseAddress(context.options);
    if (!address) {
        context.err << address.error().message << '\n';
        return 2;
    }
    context.address = &address.value();
    if (!address.value().isPostgres()) {
        if (const QString reminder = damagedCopiesReminder(address.value().sqlitePath());
            !reminder.isEmpty())
            context.err << reminder << '\n';
    }
    switch (command.store) {
    case StoreAccess::None:
    case StoreAccess::Own:
        return command.run(context);
    case StoreAccess::OwnSqliteFile:
        if (address.value().isPostgres()) {
            context.err << ProgressStore::tr("Backups of a shared database are made on its server.",
                "@info") << '\n';
            return 2;
        }
        return command.run(context);
    case StoreAccess::ReadOnly:
    case StoreAccess::ReadWrite:
        break;
    }
    ProgressStore::OpenOptions access;
    access.access = command.store == StoreAccess::ReadWrite ? ProgressStore::Access::ReadWrite
                                                            : ProgressStore::Access::ReadOnly;
    access.now = context.clock.now();
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address.value(), access);
    if (!store)
        return StoreFailure::report(store.error(), context.err);
    context.store = store.value().get();
    return command.run(context);
}

} // namespace

QString Command::usage() const
{
    QStringList words = {QStringLiteral("usage: fincloud-onboard"), name};
    for (const QString &word : {argument, usageOptions}) {
        if (!word.isEmpty())
            words << word;
    }
    return words.join(u' ');
}

namespace CommandTable {

const QList<Command> &all()
{
    static const QList<Command> table = commands();
    return table;
}

const Command *find(const QString &name)
{
    for (const Command &command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString problem(const CommandLineOptions &options)
{
    if (options.command.isEmpty())
        return {};
    const Command *command = find(options.command);
    if (!command)
        return QStringLiteral("Unknown command \"%1\"; see --help").arg(options.command);
    if (!command->argument.isEmpty() && options.argument.isEmpty())
        return command->usage();
    return command->refusal ? command->refusal(*command, options) : QString();
}

QString help()
{
    QStringList entries;
    QList<Command> commands = all();
    commands.removeIf([](const Command &command) { return command.hidden; });
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const char *description = commands.at(i).description;
        QString entry = described(commands.at(i));
        while (description && i + 1 < commands.size()
            && qstrcmp(commands.at(i + 1).description, description) == 0)
            entry = QCoreApplication::translate("CommandTable", "%1 or %2", "@info --help")
                        .arg(entry, described(commands.at(++i)));
        if (description)
            entry = QCoreApplication::translate("CommandTable", "%1 (%2)", "@info --help")
                        .arg(entry, QCoreApplication::translate("CommandTable", description));
        entries << entry;
    }
    return QCoreApplication::translate("CommandTable", "Optional: %1.", "@info --help")
        .arg(entries.join(QCoreApplication::translate("CommandTable", ", ", "@info --help")));
}

int run(
    const Command &command, const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<Clock> clock = CommandLine::clock(options);
    CommandContext context {options, *clock, out, err};
    if (command.store == StoreAccess::None)
        return command.run(context);
    return runOnDatabase(command, context);
}

} // namespace CommandTable
