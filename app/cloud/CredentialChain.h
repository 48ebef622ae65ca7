// The credential chain of Alibaba Cloud's official SDKs, read as the
// reference implementation reads it (npm @alicloud/credentials 2.4.7,
// providers/default.ts): the environment variables, the OIDC role variables,
// the aliyun CLI's ~/.aliyun/config.json, the INI credentials file, the ECS
// instance's RAM role, a credentials URI — the first source that is set up
// gives the key. Supported modes: AK, StsToken and RamRoleArn; any other mode
// the chain reaches is an error that names it and says what to use instead.
// Unlike the reference, a source that is set up but broken (bad JSON or INI,
// a missing field, an unreadable file, a mode this program cannot use) stops
// the chain with an error naming the file: the reference would go on to the
// next source and could pick another account without a word.
// Must never write to ~/.aliyun or the credentials file, never put a secret
// into an error, and never touch the network (RamRoleArn's AssumeRole is
// AssumedRoleSession's).
#pragma once

#include "CloudCredentials.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

// RamRoleArn: what STS AssumeRole is asked for.
struct RoleToAssume
{
    QString roleArn;
    QString sessionName; // empty: AssumedRoleSession makes one up
    int durationSeconds = 3600;
    QString policy; // empty: none
    QString stsHost = QStringLiteral("sts.aliyuncs.com");
};

// What the chain chose: the key, and for RamRoleArn the role that key assumes.
struct CredentialChoice
{
    CloudCredentials key;
    std::optional<RoleToAssume> role;
};

class CredentialChain
{
    Q_DECLARE_TR_FUNCTIONS(CredentialChain)
public:
    static constexpr const char *ProfileVariable = "ALIBABA_CLOUD_PROFILE";
    static constexpr const char *CredentialsFileVariable = "ALIBABA_CLOUD_CREDENTIALS_FILE";
    static constexpr const char *CliProfileDisabledVariable = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

    // The key of the first source that is set up; nullopt when none is (then
    // the wizard asks for a key); an error when a source is broken or uses a
    // mode this program does not support.
    static Result<std::optional<CredentialChoice>> resolve(const QProcessEnvironment &environment);

    // --cloud-profile NAME: as if ALIBABA_CLOUD_PROFILE were NAME (it wins).
    static QProcessEnvironment withProfileOption(
        QProcessEnvironment environment, const QString &profile);

    // Empty when the environment has no HOME (and names no file).
    static QString cliConfigPath(const QProcessEnvironment &environment);
    static QString credentialsFilePath(const QProcessEnvironment &environment);

    // "No AccessKey is set …": every place looked at, for when resolve()
    // found none and one is needed.
    static Error nothingFound(const QProcessEnvironment &environment);

private:
    static QString homeFolder(const QProcessEnvironment &environment);
};
