// Fuzzes the command line (CommandLine::parse): the input split at NUL bytes
// into arguments, read once with an empty environment and once with the
// pieces also as FINCLOUD_NOW, FINCLOUD_DATABASE and FINCLOUD_API_ENDPOINT.
// Any arguments give either a refusal that says something, with exit status
// 1 or 2, or options the program can use as they are: a known command with
// what it needs, a known language, a readable clock.
#include "FuzzInput.h"

#include "cli/CommandLine.h"
#include "cli/CommandTable.h"
#include "cli/ExchangeCommands.h"
#include "i18n/LanguageSwitcher.h"

using FuzzInput::require;

namespace {

void check(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const std::variant<CommandLineOptions, CommandLineError> parsed
        = CommandLine::parse(arguments, environment);
    if (const auto *refused = std::get_if<CommandLineError>(&parsed)) {
        require(!refused->message.trimmed().isEmpty());
        require(refused->exitStatus == 1 || refused->exitStatus == 2);
        return;
    }
    const CommandLineOptions &options = std::get<CommandLineOptions>(parsed);
    if (options.request != CommandLineOptions::Request::Run)
        return;
    require(options.command.isEmpty() || CommandTable::find(options.command));
    require(options.language.isEmpty() || LanguageSwitcher::isAvailable(options.language));
    require(options.settings.now.value.isEmpty() != options.now.isValid());
    require(!options.now.isValid() || options.now.timeSpec() == Qt::UTC);
    require(options.database == options.settings.database.value);
    if (options.command == QLatin1String("check-data") || options.command == QLatin1String("import")
        || options.command == QLatin1String("restore"))
        require(!options.argument.isEmpty());
    if (options.command == QLatin1String("import"))
        require(conflictChoice(options.onConflict).has_value());
    if (options.command == QLatin1String("export") || options.command == QLatin1String("checklist"))
        require(!options.outPath.isEmpty());
    if (options.command == QLatin1String("status"))
        require(!options.all || options.profile.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments = {QStringLiteral("fincloud-onboard")};
    for (const QByteArray &piece : bytes.split('\0'))
        arguments << QString::fromUtf8(piece);
    check(arguments, QProcessEnvironment());

    QProcessEnvironment environment;
    const char *const variables[] = {"FINCLOUD_NOW", "FINCLOUD_DATABASE", "FINCLOUD_API_ENDPOINT"};
    for (int i = 0; i < 3; ++i)
        environment.insert(QString::fromLatin1(variables[i]), arguments.value(1 + i));
    check(arguments, environment);
    return 0;
}
