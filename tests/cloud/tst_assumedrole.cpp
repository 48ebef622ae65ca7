// Issue 20, items 1 and 6: STS credentials and RamRoleArn against the fake
// server. A security token is sent as the signed x-acs-security-token header;
// a role's temporary key comes from AssumeRole signed with the source key,
// is shared by every client of the role, renewed before it expires (never
// twice at once), and a refused AssumeRole ends the call with its reason.
#include "FakeOpenApiServer.h"
#include "cloud/AssumedRoleSession.h"
#include "cloud/CloudAccess.h"
#include "cloud/EndpointPolicy.h"
#include "cloud/OpenApiClient.h"
#include "cloud/OpenApiReply.h"
#include "cloud/OpenApiRequest.h"
#include "core/Clock.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray SourceId = "LTAI5tRoleSource0001";
const QByteArray SourceSecret = "RoleSourceSecret-0123456789";
const QString RoleArn = "acs:ram::1234567890123456:role/onboarding-reader";
const QByteArray TempId = "STS.TempKeyId0001";
const QByteArray TempSecret = "TempSecret-abcdef0123456789";
const QByteArray TempToken = "CAIS-temporary-token-0001";
const QDateTime Now(QDate(2026, 3, 9), QTime(1, 0), Qt::UTC);

OpenApiClientSettings fastSettings()
{
    OpenApiClientSettings settings;
    settings.timeoutMs = 2000;
    settings.maxAttempts = 2;
    settings.firstBackoffMs = 10;
    settings.maxBackoffMs = 20;
    return settings;
}

// QVERIFY2 evaluates its message even when the call succeeded.
QString failureText(const OpenApiReply *reply)
{
    const Result<QJsonObject> result = reply->result();
    return result ? QString() : result.error().message + '\n' + result.error().details;
}

FakeRole grantedRole()
{
    FakeRole role;
    role.roleArn = RoleArn;
    role.accessKeyId = TempId;
    role.secret = TempSecret;
    role.securityToken = TempToken;
    role.expiration = Now.addSecs(3600);
    return role;
}

} // namespace

class TestAssumedRole : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void stsTokenIsSignedHeader();
    void stsKeyWithoutTokenIsRefused();
    void assumeRoleThenCallWithTemporaryKey();
    void concurrentCallsAssumeOnce();
    void renewedBeforeExpiry();
    void refusedAssumeRoleEndsTheCall();
    void cloudAccessMakesRoleClients();

private:
    bool waitFor(OpenApiReply *reply);
    std::shared_ptr<AssumedRoleSession> session(const QString &sessionName = "wizard");

    FixedClock m_clock {Now};
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeOpenApiServer> m_server;
};

void TestAssumedRole::init()
{
    m_clock.set(Now);
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<FakeOpenApiServer>(SourceId, SourceSecret);
    QVERIFY(m_server->listen());
    m_server->setScript({FakeResponse::json({{"RequestId", "R-call"}})});
}

bool TestAssumedRole::waitFor(OpenApiReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &OpenApiReply::finished);
        return finished.wait(5000);
    }
    return true;
}

std::shared_ptr<AssumedRoleSession> TestAssumedRole::session(const QString &sessionName)
{
    RoleToAssume role;
    role.roleArn = RoleArn;
    role.sessionName = sessionName;
    role.durationSeconds = 3600;
    return std::make_shared<AssumedRoleSession>(m_network, m_clock,
        CloudCredentials(SourceId, SourceSecret, CloudCredentials::Source::CliProfile)
            .withMode(CloudCredentials::Mode::RamRoleArn)
            .withOrigin("role"),
        role, m_server->baseUrl(), fastSettings());
}

void TestAssumedRole::stsTokenIsSignedHeader()
{
    m_server->acceptStsKey(TempId, TempSecret, TempToken);
    OpenApiClient client(m_network, m_clock,
        CloudCredentials(TempId, TempSecret, CloudCredentials::Source::Environment)
            .withSecurityToken(TempToken),
        fastSettings());
    OpenApiReply *reply = client.send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"));
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->result().ok(), qPrintable(failureText(reply)));
    const FakeRequest &seen = m_server->requests().last();
    QCOMPARE(seen.headers.value("x-acs-security-token"), TempToken);
    QVERIFY(seen.headers.value("authorization").contains("x-acs-security-token"));
}

void TestAssumedRole::stsKeyWithoutTokenIsRefused()
{
    // The fake really checks the token: the same key without it is refused.
    m_server->acceptStsKey(TempId, TempSecret, TempToken);
    OpenApiClient client(m_network, m_clock,
        CloudCredentials(TempId, TempSecret, CloudCredentials::Source::Environment),
        fastSettings());
    OpenApiReply *reply = client.send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"));
    QVERIFY(waitFor(reply));
    QVERIFY(!reply->result().ok());
    QCOMPARE(reply->failure()->code, "SignatureDoesNotMatch");
    QVERIFY(m_server->requests().last().signatureProblem.contains("x-acs-security-token"));
}

void TestAssumedRole::assumeRoleThenCallWithTemporaryKey()
{
    m_server->setAssumableRole(grantedRole());
    OpenApiClient client(m_network, m_clock, session(), fastSettings());
    OpenApiReply *reply = client.send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"));
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->result().ok(), qPrintable(failureText(reply)));
    QCOMPARE(m_server->requests().size(), 2);
    const FakeRequest &assume = m_server->requests().first();
    QCOMPARE(assume.action(), "AssumeRole");
    QVERIFY(assume.headers.value("authorization").contains("Credential=" + SourceId));
    QVERIFY(!assume.headers.contains("x-acs-security-token"));
    QCOMPARE(assume.parameter("RoleArn"), RoleArn);
    QCOMPARE(assume.parameter("RoleSessionName"), "wizard");
    QCOMPARE(assume.parameter("DurationSeconds"), "3600");
    const FakeRequest &call = m_server->requests().last();
    QCOMPARE(call.action(), "DescribeRegions");
    QVERIFY(call.headers.value("authorization").contains("Credential=" + TempId));
    QCOMPARE(call.headers.value("x-acs-security-token"), TempToken);
    QVERIFY(m_server->allSignaturesValid());
    QCOMPARE(client.credentials().mode(), CloudCredentials::Mode::RamRoleArn);
    QCOMPARE(client.credentials().source(), CloudCredentials::Source::CliProfile);
}

void TestAssumedRole::concurrentCallsAssumeOnce()
{
    m_server->setAssumableRole(grantedRole());
    const std::shared_ptr<AssumedRoleSession> shared = session();
    OpenApiClient first(m_network, m_clock, shared, fastSettings());
    OpenApiClient second(m_network, m_clock, shared, fastSettings());
    QList<OpenApiReply *> replies;
    for (int i = 0; i < 3; ++i) {
        replies << first.send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"));
        replies << second.send(OpenApiRequest::rds(m_server->baseUrl(), "DescribeRegions"));
    }
    for (OpenApiReply *reply : replies) {
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->result().ok(), qPrintable(failureText(reply)));
    }
    QCOMPARE(m_server->count("AssumeRole"), 1);
    QCOMPARE(m_server->count("DescribeRegions"), 6);
    QCOMPARE(shared->renewals(), 1);
}

void TestAssumedRole::renewedBeforeExpiry()
{
    m_server->setAssumableRole(grantedRole());
    OpenApiClient client(m_network, m_clock, session(), fastSettings());
    QVERIFY(waitFor(client.send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"))));
    QCOMPARE(m_server->count("AssumeRole"), 1);
    // Half an hour later the key is still good: no new AssumeRole.
    m_clock.set(Now.addSecs(1800));
    QVERIFY(waitFor(client.send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"))));
    QCOMPARE(m_server->count("AssumeRole"), 1);
    // Ten minutes before it expires (a quarter of its hour): renewed first.
    FakeRole later = grantedRole();
    later.expiration = Now.addSecs(3000 + 3600);
    m_server->setAssumableRole(later);
    m_clock.set(Now.addSecs(3000));
    OpenApiReply *reply = client.send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"));
    QVERIFY(waitFor(reply));
    QVERIFY(reply->result().ok());
    QCOMPARE(m_server->count("AssumeRole"), 2);
    QVERIFY(m_server->allSignaturesValid());
}

void TestAssumedRole::refusedAssumeRoleEndsTheCall()
{
    FakeRole refused = grantedRole();
    refused.refusal = FakeResponse::error(
        "NoPermission", 403, "You are not authorized to do this action. " + QString(TempSecret));
    m_server->setAssumableRole(refused);
    OpenApiClient client(m_network, m_clock, session(), fastSettings());
    OpenApiReply *reply = client.send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"));
    QVERIFY(waitFor(reply));
    QVERIFY(!reply->result().ok());
    QCOMPARE(reply->failure()->code, "NoPermission");
    QCOMPARE(reply->failure()->ramAction, "sts:AssumeRole");
    QCOMPARE(m_server->count("DescribeRegions"), 0);
    const Error error = reply->result().error();
    QVERIFY(!(error.message + error.details).contains(QString(SourceSecret)));
}

void TestAssumedRole::cloudAccessMakesRoleClients()
{
    m_server->setAssumableRole(grantedRole());
    QTemporaryDir home;
    QVERIFY(QDir().mkpath(home.filePath(".aliyun")));
    QFile config(home.filePath(".aliyun/config.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\"current\": \"role\", \"profiles\": [{\"name\": \"role\", \"mode\": "
                 "\"RamRoleArn\", \"access_key_id\": \""
        + SourceId + "\", \"access_key_secret\": \"" + SourceSecret + "\", \"ram_role_arn\": \""
        + RoleArn.toUtf8() + "\", \"ram_session_name\": \"access\"}]}");
    config.close();
    QProcessEnvironment environment;
    environment.insert("HOME", home.path());
    CloudAccess cloud(m_network, m_clock, EndpointPolicy::withOverride(m_server->baseUrl()).value(),
        environment, nullptr, fastSettings());
    QVERIFY(cloud.keyFromEnvironment());
    QVERIFY(cloud.credentials());
    QCOMPARE(cloud.credentials()->mode(), CloudCredentials::Mode::RamRoleArn);
    std::unique_ptr<OpenApiClient> first = cloud.makeClient();
    std::unique_ptr<OpenApiClient> second = cloud.makeClient();
    QVERIFY(waitFor(first->send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"))));
    QVERIFY(waitFor(second->send(OpenApiRequest::ecs(m_server->baseUrl(), "DescribeRegions"))));
    QCOMPARE(m_server->count("AssumeRole"), 1); // one session for every client
    QCOMPARE(m_server->requests().first().parameter("RoleSessionName"), "access");
    QVERIFY(m_server->allSignaturesValid());
}

QTEST_GUILESS_MAIN(TestAssumedRole)
#include "tst_assumedrole.moc"
