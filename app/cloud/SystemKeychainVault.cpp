#include "SystemKeychainVault.h"

#include <qt6keychain/keychain.h>

namespace {

Error keychainError(const QKeychain::Job &job)
{
    QString message;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        message = SystemKeychainVault::tr("This computer has no keychain that the program can use "
                                          "(on Linux: a Secret Service such as GNOME Keyring or "
                                          "KWallet). The key is kept only until you close the "
                                          "program.",
            "@info");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        message = SystemKeychainVault::tr("The keychain refused access. The key is kept only until "
                                          "you close the program.",
            "@info");
        break;
    default:
        message = SystemKeychainVault::tr("The keychain could not be used. The key is kept only "
                                          "until you close the program.",
            "@info");
        break;
    }
    return Error {message, job.errorString(), QStringLiteral("keychain.unavailable")};
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
