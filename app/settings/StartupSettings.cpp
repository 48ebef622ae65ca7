#include "StartupSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString RelativeFile = QStringLiteral("fincloud-onboard/fincloud-onboard.conf");

// Paths in a settings file may start with ~/ (the user's home folder).
QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

void setFrom(StartupSettings::Value &target, const QString &value, StartupSettings::Source source,
    const QString &origin)
{
    if (value.trimmed().isEmpty())
        return;
    target = {value.trimmed(), source, origin};
}

} // namespace

QStringList StartupSettings::systemFiles()
{
    QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    const QString home = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    dirs.removeAll(home);
    QStringList files;
    for (auto it = dirs.crbegin(); it != dirs.crend(); ++it)
        files.append(QDir(*it).filePath(RelativeFile));
    return files;
}

QString StartupSettings::userFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(RelativeFile);
}

StartupSettings StartupSettings::resolve(
    const CommandLine &commandLine, const QProcessEnvironment &environment)
{
    StartupSettings settings;
    const auto readFile = [&settings](const QString &path, Source source) {
        if (!QFileInfo(path).isFile())
            return;
        const QSettings file(path, QSettings::IniFormat);
        if (file.status() != QSettings::NoError)
            return;
        settings.filesRead.append(path);
        setFrom(settings.language, file.value(LanguageKey).toString(), source, path);
        setFrom(settings.database, expandHome(file.value(DatabaseKey).toString()), source, path);
        setFrom(settings.apiEndpoint, file.value(ApiEndpointKey).toString(), source, path);
        setFrom(settings.prefill, expandHome(file.value(PrefillKey).toString()), source, path);
    };
    for (const QString &path : systemFiles())
        readFile(path, Source::SystemFile);
    readFile(userFile(), Source::UserFile);

    const QString databaseVariable = QString::fromLatin1(DatabaseVariable);
    setFrom(settings.database, environment.value(databaseVariable), Source::Environment,
        databaseVariable);
    const QString endpointVariable = QString::fromLatin1(ApiEndpointVariable);
    setFrom(settings.apiEndpoint, environment.value(endpointVariable), Source::Environment,
        endpointVariable);
    const QString nowVariable = QString::fromLatin1(NowVariable);
    setFrom(settings.now, environment.value(nowVariable), Source::Environment, nowVariable);

    setFrom(settings.language, commandLine.language, Source::CommandLine, QString());
    setFrom(settings.database, commandLine.database, Source::CommandLine, QString());
    setFrom(settings.apiEndpoint, commandLine.apiEndpoint, Source::CommandLine, QString());
    setFrom(settings.prefill, commandLine.prefill, Source::CommandLine, QString());
    setFrom(settings.now, commandLine.now, Source::CommandLine, QString());
    return settings;
}

QString StartupSettings::uiLanguage(const QString &savedChoice) const
{
    if (language.source == Source::CommandLine || savedChoice.isEmpty())
        return language.value;
    return savedChoice;
}

QString StartupSettings::describe(const Value &value)
{
    switch (value.source) {
    case Source::Default:
        return QStringLiteral("default");
    case Source::CommandLine:
        return QStringLiteral("command line");
    case Source::Environment:
    case Source::SystemFile:
    case Source::UserFile:
        return value.origin;
    }
    return QString();
}
