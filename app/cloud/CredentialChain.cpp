#include "CredentialChain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

using Choice = std::optional<CredentialChoice>;
using Section = QHash<QString, QString>;

constexpr int MinimumDurationSeconds = 900; // STS refuses less

bool isTrue(const QString &value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString variable(const QProcessEnvironment &environment, const char *name)
{
    return environment.value(QLatin1String(name)).trimmed();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What to use instead, in one sentence, for every mode this program cannot use.
QString supportedModes()
{
    return CredentialChain::tr(
        "Use an AccessKey (mode AK), STS credentials (StsToken) or a RAM role assumed with an "
        "AccessKey (RamRoleArn): for example aliyun configure --profile NAME --mode AK, or the "
        "environment variables %1 and %2.",
        "@info what to use instead of an unsupported credential mode; %1 and %2 are "
        "environment variable names")
        .arg(QLatin1String(CloudCredentials::AccessKeyIdVariable),
            QLatin1String(CloudCredentials::AccessKeySecretVariable));
}

Error unsupported(const QString &where, const QString &mode)
{
    return {CredentialChain::tr("%1 uses the credential mode %2, which this program does not "
                                "support. %3",
                "@info %1 names where (a profile, variables), %2 is a mode such as OAuth")
                .arg(where, mode, supportedModes()),
        QStringLiteral("unsupported credential mode %1 (%2)").arg(mode, where),
        QStringLiteral("unsupported-mode")};
}

Error broken(const QString &path, const QString &problem)
{
    return {CredentialChain::tr("Cannot use the credentials in %1: %2",
                "@info %1 is a file, %2 says what is wrong with it")
                .arg(native(path), problem),
        QStringLiteral("%1: %2").arg(native(path), problem), QStringLiteral("broken-file")};
}

Error missingField(const QString &path, const QString &profile, const QString &field)
{
    return broken(path,
        CredentialChain::tr("the profile \"%1\" has no %2.", "@info %2 is a field name")
            .arg(profile, field));
}

// The file's bytes; nullopt when there is no such file (the source is not
// set up), an error when it exists but cannot be read.
Result<std::optional<QByteArray>> readIfPresent(const QString &path)
{
    if (path.isEmpty())
        return std::optional<QByteArray>();
    const QFileInfo info(path);
    if (!info.exists())
        return std::optional<QByteArray>();
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return broken(path,
            CredentialChain::tr("the file cannot be read (%1).", "@info %1 is the system's reason")
                .arg(info.isFile() ? file.errorString() : QStringLiteral("not a file")));
    return std::optional<QByteArray>(file.readAll());
}

// Environment: ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET, optionally _SECURITY_TOKEN.
Result<Choice> fromEnvironment(const QProcessEnvironment &environment)
{
    const bool id = !variable(environment, CloudCredentials::AccessKeyIdVariable).isEmpty();
    const bool secret = !variable(environment, CloudCredentials::AccessKeySecretVariable).isEmpty();
    const bool token = !variable(environment, CloudCredentials::SecurityTokenVariable).isEmpty();
    if (!id && !secret && !token)
        return Choice();
    Result<CloudCredentials> key = CloudCredentials::fromEnvironment(environment);
    if (!key)
        return key.error();
    return Choice(CredentialChoice {key.value(), std::nullopt});
}

// The variables of the sources this program cannot use, where the reference
// would use them: OIDC (before the files), ECS RAM role and URI (after them).
std::optional<Error> oidcVariables(const QProcessEnvironment &environment)
{
    const char *const names[] = {"ALIBABA_CLOUD_ROLE_ARN", "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
        "ALIBABA_CLOUD_OIDC_TOKEN_FILE"};
    for (const char *name : names) {
        if (variable(environment, name).isEmpty())
            return std::nullopt;
    }
    return unsupported(
        CredentialChain::tr("The environment variables %1, %2 and %3",
            "@info they are variable names; the sentence goes on: uses the credential mode …")
            .arg(QLatin1String(names[0]), QLatin1String(names[1]), QLatin1String(names[2])),
        QStringLiteral("OIDC"));
}

std::optional<Error> laterVariables(const QProcessEnvironment &environment)
{
    const QString variableText = CredentialChain::tr("The environment variable %1",
        "@info a variable name; the sentence goes on: uses the credential mode …");
    if (!variable(environment, "ALIBABA_CLOUD_ECS_METADATA").isEmpty()
        && !isTrue(variable(environment, "ALIBABA_CLOUD_ECS_METADATA_DISABLED")))
        return unsupported(variableText.arg(QStringLiteral("ALIBABA_CLOUD_ECS_METADATA")),
            QStringLiteral("EcsRamRole"));
    if (!variable(environment, "ALIBABA_CLOUD_CREDENTIALS_URI").isEmpty())
        return unsupported(variableText.arg(QStringLiteral("ALIBABA_CLOUD_CREDENTIALS_URI")),
            QStringLiteral("CredentialsURI"));
    return std::nullopt;
}

QString jsonText(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

Result<QString> requiredJson(
    const QJsonObject &profile, const char *key, const QString &path, const QString &name)
{
    const QString value = jsonText(profile, key);
    if (value.isEmpty())
        return missingField(path, name, QLatin1String(key));
    return value;
}

Result<Choice> cliProfileChoice(const QJsonObject &profile, const QString &path)
{
    const QString name = jsonText(profile, "name");
    const QString mode = profile.value(QLatin1String("mode")).toString();
    const auto source = [&](const QString &id, const QString &secret) {
        return CloudCredentials(id, secret.toUtf8(), CloudCredentials::Source::CliProfile)
            .withOrigin(name);
    };
    if (mode == QLatin1String("AK") || mode == QLatin1String("StsToken")
        || mode == QLatin1String("RamRoleArn")) {
        const Result<QString> id = requiredJson(profile, "access_key_id", path, name);
        if (!id)
            return id.error();
        const Result<QString> secret = requiredJson(profile, "access_key_secret", path, name);
        if (!secret)
            return secret.error();
        if (mode == QLatin1String("AK"))
            return Choice(CredentialChoice {source(id.value(), secret.value()), std::nullopt});
        if (mode == QLatin1String("StsToken")) {
            const Result<QString> token = requiredJson(profile, "sts_token", path, name);
            if (!token)
                return token.error();
            return Choice(CredentialChoice {
                source(id.value(), secret.value()).withSecurityToken(token.value().toUtf8()),
                std::nullopt});
        }
        const Result<QString> arn = requiredJson(profile, "ram_role_arn", path, name);
        if (!arn)
            return arn.error();
        RoleToAssume role;
        role.roleArn = arn.value();
        role.sessionName = jsonText(profile, "ram_session_name");
        const int seconds = profile.value(QLatin1String("expired_seconds")).toInt();
        if (seconds != 0)
            role.durationSeconds = seconds;
        if (role.durationSeconds < MinimumDurationSeconds)
            return broken(path,
                CredentialChain::tr("the profile \"%1\" asks for %2 seconds (expired_seconds); "
                                    "STS needs at least %3.",
                    "@info")
                    .arg(name)
                    .arg(role.durationSeconds)
                    .arg(MinimumDurationSeconds));
        // The reference's order: sts_endpoint, else sts.<sts_region>, else central.
        if (const QString endpoint = jsonText(profile, "sts_endpoint"); !endpoint.isEmpty())
            role.stsHost = endpoint;
        else if (const QString region = jsonText(profile, "sts_region"); !region.isEmpty())
            role.stsHost = QStringLiteral("sts.%1.aliyuncs.com").arg(region);
        return Choice(CredentialChoice {
            source(id.value(), secret.value()).withMode(CloudCredentials::Mode::RamRoleArn), role});
    }
    if (mode.isEmpty())
        return missingField(path, name, QStringLiteral("mode"));
    return unsupported(CredentialChain::tr("The aliyun CLI profile \"%1\" in %2",
                           "@info the sentence goes on: uses the credential mode …")
                           .arg(name, native(path)),
        mode);
}

// ~/.aliyun/config.json (providers/cli_profile.ts). `named`: the profile the
// user named, else the file's current one.
Result<Choice> fromCliConfig(const QProcessEnvironment &environment, const QString &named)
{
    if (isTrue(variable(environment, CredentialChain::CliProfileDisabledVariable)))
        return Choice();
    const QString path = CredentialChain::cliConfigPath(environment);
    const Result<std::optional<QByteArray>> content = readIfPresent(path);
    if (!content)
        return content.error();
    if (!content.value())
        return Choice();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*content.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return broken(path,
            CredentialChain::tr("it is not valid JSON (%1 at byte %2).", "@info")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return broken(path, CredentialChain::tr("it is not a JSON object.", "@info"));
    const QJsonObject config = document.object();
    const QJsonValue profiles = config.value(QLatin1String("profiles"));
    if (!profiles.isUndefined() && !profiles.isArray())
        return broken(path, CredentialChain::tr("\"profiles\" is not a list.", "@info"));
    const QString name = named.isEmpty() ? jsonText(config, "current") : named;
    for (const QJsonValue &entry : profiles.toArray()) {
        if (!entry.isObject())
            return broken(path, CredentialChain::tr("a profile is not a JSON object.", "@info"));
        if (jsonText(entry.toObject(), "name") == name && !name.isEmpty())
            return cliProfileChoice(entry.toObject(), path);
    }
    // As the reference: a profile the file does not have is looked for in the
    // credentials file next.
    return Choice();
}

// The INI syntax as the reference's `ini` package reads it, for what a
// credentials file holds: [section], key = value, ; and # comments, quotes.
Result<QHash<QString, Section>> parseIni(const QByteArray &content, const QString &path)
{
    QHash<QString, Section> sections;
    QString current;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString line = QString::fromUtf8(lines.at(number)).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return broken(path,
                    CredentialChain::tr("line %1 opens a [section] that does not close.", "@info")
                        .arg(number + 1));
            current = line.mid(1, line.size() - 2).trimmed();
            sections[current];
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            return broken(path,
                CredentialChain::tr("line %1 is neither a [section] nor key = value.", "@info")
                    .arg(number + 1));
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        else if (const qsizetype comment
                 = value.indexOf(QRegularExpression(QStringLiteral("[;#]")));
                 comment >= 0)
            value = value.left(comment).trimmed();
        sections[current].insert(line.left(equals).trimmed(), value);
    }
    return sections;
}

Result<Choice> credentialsFileChoice(
    const Section &section, const QString &name, const QString &path)
{
    const QString type = section.value(QStringLiteral("type")).trimmed();
    if (type.isEmpty())
        return missingField(path, name, QStringLiteral("type"));
    if (type == QLatin1String("ecs_ram_role"))
        return unsupported(CredentialChain::tr("The profile [%1] in %2",
                               "@info the sentence goes on: uses the credential mode …")
                               .arg(name, native(path)),
            QStringLiteral("EcsRamRole (ecs_ram_role)"));
    if (type != QLatin1String("access_key") && type != QLatin1String("ram_role_arn"))
        return broken(path,
            CredentialChain::tr("the profile [%1] has the type \"%2\"; the credentials file "
                                "knows access_key, ram_role_arn and ecs_ram_role.",
                "@info")
                .arg(name, type));
    const auto required = [&](const QString &key) -> Result<QString> {
        const QString value = section.value(key).trimmed();
        if (value.isEmpty())
            return missingField(path, name, key);
        return value;
    };
    const Result<QString> id = required(QStringLiteral("access_key_id"));
    if (!id)
        return id.error();
    const Result<QString> secret = required(QStringLiteral("access_key_secret"));
    if (!secret)
        return secret.error();
    const CloudCredentials key = CloudCredentials(
        id.value(), secret.value().toUtf8(), CloudCredentials::Source::CredentialsFile)
                                     .withOrigin(name);
    if (type == QLatin1String("access_key"))
        return Choice(CredentialChoice {key, std::nullopt});
    const Result<QString> arn = required(QStringLiteral("role_arn"));
    if (!arn)
        return arn.error();
    RoleToAssume role;
    role.roleArn = arn.value();
    role.sessionName = section.value(QStringLiteral("role_session_name")).trimmed();
    role.policy = section.value(QStringLiteral("policy")).trimmed();
    return Choice(CredentialChoice {key.withMode(CloudCredentials::Mode::RamRoleArn), role});
}

// The INI credentials file (providers/profile.ts): its section named by the
// user, else [default].
Result<Choice> fromCredentialsFile(const QProcessEnvironment &environment, const QString &named)
{
    const QString path = CredentialChain::credentialsFilePath(environment);
    const Result<std::optional<QByteArray>> content = readIfPresent(path);
    if (!content)
        return content.error();
    if (!content.value()) {
        // A file the user named is expected to be there.
        if (!variable(environment, CredentialChain::CredentialsFileVariable).isEmpty())
            return broken(path,
                CredentialChain::tr("there is no such file (named by %1).", "@info")
                    .arg(QLatin1String(CredentialChain::CredentialsFileVariable)));
        return Choice();
    }
    const Result<QHash<QString, Section>> sections = parseIni(*content.value(), path);
    if (!sections)
        return sections.error();
    const QString name = named.isEmpty() ? QStringLiteral("default") : named;
    if (!sections.value().contains(name))
        return Choice();
    return credentialsFileChoice(sections.value().value(name), name, path);
}

} // namespace

// HOME as the reference's os.homedir() reads it. An environment without HOME
// (the tests' empty ones) has no home files: never this process's own home.
QString CredentialChain::homeFolder(const QProcessEnvironment &environment)
{
    return environment.value(QStringLiteral("HOME"));
}

QString CredentialChain::cliConfigPath(const QProcessEnvironment &environment)
{
    const QString home = homeFolder(environment);
    return home.isEmpty() ? QString() : home + QStringLiteral("/.aliyun/config.json");
}

QString CredentialChain::credentialsFilePath(const QProcessEnvironment &environment)
{
    const QString named = variable(environment, CredentialsFileVariable);
    if (!named.isEmpty())
        return named;
    const QString home = homeFolder(environment);
    return home.isEmpty() ? QString() : home + QStringLiteral("/.alibabacloud/credentials");
}

QProcessEnvironment CredentialChain::withProfileOption(
    QProcessEnvironment environment, const QString &profile)
{
    if (!profile.trimmed().isEmpty())
        environment.insert(QLatin1String(ProfileVariable), profile.trimmed());
    return environment;
}

Result<std::optional<CredentialChoice>> CredentialChain::resolve(
    const QProcessEnvironment &environment)
{
    Result<Choice> found = fromEnvironment(environment);
    if (!found || found.value())
        return found;
    if (std::optional<Error> oidc = oidcVariables(environment))
        return *oidc;
    const QString named = variable(environment, ProfileVariable);
    found = fromCliConfig(environment, named);
    if (!found || found.value())
        return found;
    found = fromCredentialsFile(environment, named);
    if (!found || found.value())
        return found;
    if (std::optional<Error> later = laterVariables(environment))
        return *later;
    // A profile the user named that no file has is a mistake, not "no key".
    if (!named.isEmpty())
        return Error {tr("There is no profile \"%1\" in %2 or %3.",
                          "@info %1 is a profile name, %2 and %3 are files")
                          .arg(named, native(cliConfigPath(environment)),
                              native(credentialsFilePath(environment))),
            QStringLiteral("profile %1 not found").arg(named), QStringLiteral("no-such-profile")};
    return Choice();
}

Error CredentialChain::nothingFound(const QProcessEnvironment &environment)
{
    return {tr("No AccessKey is set. Set the environment variables %1 and %2, configure the "
               "aliyun CLI (aliyun configure, %3), or write a credentials file (%4); then try "
               "again.",
                "@info %1 and %2 are environment variable names, %3 and %4 files")
                .arg(QLatin1String(CloudCredentials::AccessKeyIdVariable),
                    QLatin1String(CloudCredentials::AccessKeySecretVariable),
                    native(cliConfigPath(environment)), native(credentialsFilePath(environment))),
        QStringLiteral("no credentials in the environment, %1 or %2")
            .arg(native(cliConfigPath(environment)), native(credentialsFilePath(environment))),
        QStringLiteral("no-credentials")};
}
