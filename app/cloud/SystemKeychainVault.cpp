#include "SystemKeychainVault.h"

#include <qt6keychain/keychain.h>

namespace {

// The reason as a code, so that the sentence can be made again in another
// language (SystemKeychainVault::message()).
Error keychainError(const QKeychain::Job &job)
{
    QString code;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        code = SystemKeychainVault::NoKeychainCode;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        code = SystemKeychainVault::RefusedCode;
        break;
    default:
        code = SystemKeychainVault::FailedCode;
        break;
    }
    Error error {QString(), job.errorString(), code};
    error.message = SystemKeychainVault::message(error);
    return error;
}

template<typename Job>
Job *makeJob()
{
    auto *job = new Job(SystemKeychainVault::Service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(SystemKeychainVault::Entry);
    return job;
}

} // namespace

void SystemKeychainVault::load(LoadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>();
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound)
            return done(std::optional<CloudCredentials>());
        if (read->error() != QKeychain::NoError)
            return done(keychainError(*read));
        done(AccessKeyVault::unpack(read->binaryData()));
    });
    job->start();
}

void SystemKeychainVault::store(const CloudCredentials &key, StoreDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>();
    job->setBinaryData(AccessKeyVault::pack(key));
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            return done(keychainError(*finished));
        done({});
    });
    job->start();
}

void SystemKeychainVault::forget(StoreDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>();
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError
            && finished->error() != QKeychain::EntryNotFound)
            return done(keychainError(*finished));
        done({});
    });
    job->start();
}

QString SystemKeychainVault::message(const Error &error)
{
    if (error.code == NoKeychainCode)
        return tr("This computer has no keychain that the program can use (on Linux: a Secret "
                  "Service such as GNOME Keyring or KWallet). The key is kept only until you "
                  "close the program.",
            "@info");
    if (error.code == RefusedCode)
        return tr("The keychain refused access. The key is kept only until you close the "
                  "program.",
            "@info");
    if (error.code == FailedCode)
        return tr("The keychain could not be used. The key is kept only until you close the "
                  "program.",
            "@info");
    return error.message;
}
