// The OpenAPI client against the fake server: every fault the issue lists,
// each named for what it reproduces, plus refusal, TLS failure, cancel and
// the per-attempt signature details. Time-outs are short (300 ms).
#include "FakeOpenApiServer.h"
#include "cloud/CloudErrorText.h"
#include "cloud/EndpointPolicy.h"
#include "cloud/OpenApiClient.h"
#include "cloud/OpenApiReply.h"
#include "core/Clock.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray KeyId = "LTAI5tTestKeyId0001";
const QByteArray Secret = "TestSecret-never-shown-0123456789";
const QDateTime Now(QDate(2026, 3, 9), QTime(1, 2, 3), Qt::UTC);

OpenApiClientSettings fastSettings()
{
    OpenApiClientSettings settings;
    settings.timeoutMs = 300;
    settings.maxAttempts = 3;
    settings.firstBackoffMs = 10;
    settings.maxBackoffMs = 40;
    return settings;
}

// For the TLS tests: a handshake with a fresh RSA key takes more than
// fastSettings()' 300 ms on a loaded machine under the sanitizers, and must
// not turn into a time-out.
OpenApiClientSettings handshakeSettings()
{
    OpenApiClientSettings settings = fastSettings();
    settings.timeoutMs = 15000;
    return settings;
}

QByteArray bigJson(qint64 bytes)
{
    return "{\"Padding\":\"" + QByteArray(bytes, 'x') + "\"}";
}

} // namespace

using Kind = CloudFailure::Kind;
Q_DECLARE_METATYPE(CloudFailure::Kind)

class TestOpenApiClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void faults_data();
    void faults();
    void connectionRefusedIsNoNetworkAfterRetries();
    void tlsFailureIsNotRetried();
    void untrustedCertificateIsRefused();
    void cancelFinishesOnceWithCancelled();
    void everyAttemptIsSignedAfresh();
    void retryAfterIsHonouredWithFreshNonces_data();
    void retryAfterIsHonouredWithFreshNonces();
    void retryAfterValues_data();
    void retryAfterValues();
    void missingKeySendsNothing();
    void realEndpointsAreHttps();

private:
    OpenApiReply *call(OpenApiClient &client, const QUrl &endpoint);
    bool waitFor(OpenApiReply *reply, int timeoutMs = 5000);

    FixedClock m_clock {Now};
    QNetworkAccessManager m_network;
};

void TestOpenApiClient::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.clearConnectionCache();
}

OpenApiReply *TestOpenApiClient::call(OpenApiClient &client, const QUrl &endpoint)
{
    return client.send(OpenApiRequest::ecs(endpoint, "DescribeRegions"));
}

bool TestOpenApiClient::waitFor(OpenApiReply *reply, int timeoutMs)
{
    QSignalSpy finished(reply, &OpenApiReply::finished);
    return reply->isFinished() || finished.wait(timeoutMs);
}

void TestOpenApiClient::faults_data()
{
    QTest::addColumn<QList<FakeResponse>>("script");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("requests");

    FakeResponse slow = FakeResponse::json({{"RequestId", "late"}});
    slow.delayMs = 1500;
    FakeResponse dropped
        = FakeResponse::json({{"RequestId", "dropped"}, {"Padding", "0123456789"}});
    dropped.dropMidBody = true;
    FakeResponse unannounced = FakeResponse::raw(bigJson(10 * 1024 * 1024));
    unannounced.announceLength = false;
    const FakeResponse ok = FakeResponse::json({{"RequestId", "R-1"}, {"Regions", QJsonObject()}});

    QTest::newRow("plain success") << QList {ok} << true << Kind::Service << "" << 1;
    QTest::newRow("slow response past the time-out is a time-out, not retried")
        << QList {slow} << false << Kind::Timeout << "" << 1;
    QTest::newRow("HTTP 500 without an error body")
        << QList {FakeResponse::raw("<html>oops</html>", 500)} << false << Kind::HttpStatus << ""
        << 1;
    QTest::newRow("HTTP 500 with an error body keeps its code")
        << QList {FakeResponse::error("InternalError", 500)} << false << Kind::Service
        << "InternalError" << 1;
    QTest::newRow("truncated JSON") << QList {FakeResponse::raw("{\"Regions\":{\"Region\":[{\"Re")}
                                    << false << Kind::Malformed << "" << 1;
    QTest::newRow("malformed JSON")
        << QList {FakeResponse::raw("Regions: none")} << false << Kind::Malformed << "" << 1;
    QTest::newRow("JSON array instead of an object")
        << QList {FakeResponse::raw("[1,2]")} << false << Kind::Malformed << "" << 1;
    QTest::newRow("empty body") << QList {FakeResponse::raw("")} << false << Kind::Malformed << ""
                                << 1;
    QTest::newRow("Throttling then success is retried and succeeds")
        << QList {FakeResponse::error("Throttling", 400), ok} << true << Kind::Service << "" << 2;
    QTest::newRow("Throttling.User every time gives up after the last attempt")
        << QList {FakeResponse::error("Throttling.User", 400)} << false << Kind::Service
        << "Throttling.User" << 3;
    QTest::newRow("503 then success is retried")
        << QList {FakeResponse::raw("busy", 503), ok} << true << Kind::Service << "" << 2;
    QTest::newRow("SignatureDoesNotMatch is not retried")
        << QList {FakeResponse::error("SignatureDoesNotMatch", 400)} << false << Kind::Service
        << "SignatureDoesNotMatch" << 1;
    QTest::newRow("InvalidAccessKeyId.NotFound")
        << QList {FakeResponse::error("InvalidAccessKeyId.NotFound", 404)} << false << Kind::Service
        << "InvalidAccessKeyId.NotFound" << 1;
    QTest::newRow("InvalidTimeStamp.Expired")
        << QList {FakeResponse::error("InvalidTimeStamp.Expired", 400)} << false << Kind::Service
        << "InvalidTimeStamp.Expired" << 1;
    QTest::newRow("Forbidden.RAM") << QList {FakeResponse::error("Forbidden.RAM", 403)} << false
                                   << Kind::Service << "Forbidden.RAM" << 1;
    QTest::newRow("10 MB body announced is refused")
        << QList {FakeResponse::raw(bigJson(10 * 1024 * 1024))} << false << Kind::TooLarge << ""
        << 1;
    QTest::newRow("10 MB body without a length is cut off at the limit")
        << QList {unannounced} << false << Kind::TooLarge << "" << 1;
    QTest::newRow("connection dropped mid-body is retried, then no network")
        << QList {dropped} << false << Kind::NoNetwork << "" << 3;
}

void TestOpenApiClient::faults()
{
    QFETCH(QList<FakeResponse>, script);
    QFETCH(bool, succeeds);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(int, requests);

    FakeOpenApiServer server(KeyId, Secret);
    QVERIFY(server.listen());
    server.setScript(script);
    OpenApiClient client(m_network, m_clock, CloudCredentials(KeyId, Secret, {}), fastSettings());
    QElapsedTimer elapsed;
    elapsed.start();
    OpenApiReply *reply = call(client, server.baseUrl());
    QVERIFY(waitFor(reply));
    if (kind == Kind::Timeout) // cut off well before the server's 1.5 s delay
        QVERIFY2(elapsed.elapsed() < 1400, qPrintable(QString::number(elapsed.elapsed())));

    QCOMPARE(server.requests().size(), requests);
    QVERIFY2(server.allSignaturesValid(), qPrintable(server.requests().value(0).signatureProblem));
    QCOMPARE(reply->attempts(), requests);
    const Result<QJsonObject> result = reply->result();
    QCOMPARE(result.ok(), succeeds);
    if (succeeds) {
        QVERIFY(result.value().contains("RequestId"));
        return;
    }
    QVERIFY(reply->failure().has_value());
    QCOMPARE(reply->failure()->kind, kind);
    QCOMPARE(reply->failure()->code, code);
    const Error &error = result.error();
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.message, CloudErrorText::message(*reply->failure()));
    if (!code.isEmpty()) {
        QVERIFY2(error.details.contains("Code: " + code), qPrintable(error.details));
        QVERIFY2(error.details.contains("RequestId: FAKE-" + code), qPrintable(error.details));
        QVERIFY(!error.message.contains(code) || kind == Kind::Service);
    }
    for (const QString &text : {error.message, error.details}) {
        QVERIFY(!text.contains(QString::fromLatin1(Secret)));
        QVERIFY(!text.contains("Signature="));
    }
}

void TestOpenApiClient::connectionRefusedIsNoNetworkAfterRetries()
{
    FakeOpenApiServer server(KeyId, Secret);
    QVERIFY(server.listen());
    const QUrl endpoint = server.baseUrl();
    server.close(); // the port is now (almost certainly) unused
    OpenApiClient client(m_network, m_clock, CloudCredentials(KeyId, Secret, {}), fastSettings());
    OpenApiReply *reply = call(client, endpoint);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->failure()->kind, Kind::NoNetwork);
    QCOMPARE(reply->attempts(), 3);
    QVERIFY(reply->result().error().message.contains("127.0.0.1"));
}

void TestOpenApiClient::tlsFailureIsNotRetried()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // The fake server speaks plain HTTP: the TLS handshake must fail, and the
    // client must neither retry nor fall back to http.
    FakeOpenApiServer server(KeyId, Secret);
    QVERIFY(server.listen());
    QUrl endpoint = server.baseUrl();
    endpoint.setScheme("https");
    OpenApiClient client(
        m_network, m_clock, CloudCredentials(KeyId, Secret, {}), handshakeSettings());
    OpenApiReply *reply = call(client, endpoint);
    QVERIFY(waitFor(reply, 20000));
    QCOMPARE(reply->failure()->kind, Kind::Tls);
    QCOMPARE(reply->attempts(), 1);
}

void TestOpenApiClient::untrustedCertificateIsRefused()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // A real TLS server on loopback with a self-signed certificate (made by
    // openssl for this run): verification must refuse it.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start("openssl",
        {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-keyout", dir.filePath("key.pem"), "-out", dir.filePath("cert.pem")});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
        openssl.readAllStandardError().constData());
    QFile certFile(dir.filePath("cert.pem"));
    QFile keyFile(dir.filePath("key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    int handshakes = 0;
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&] { ++handshakes; });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QUrl endpoint;
    endpoint.setScheme("https");
    endpoint.setHost("127.0.0.1");
    endpoint.setPort(server.serverPort());
    OpenApiClient client(
        m_network, m_clock, CloudCredentials(KeyId, Secret, {}), handshakeSettings());
    OpenApiReply *reply = call(client, endpoint);
    QVERIFY(waitFor(reply, 20000));
    QVERIFY(reply->failure());
    QCOMPARE(reply->failure()->kind, Kind::Tls);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(handshakes >= 1);
    const Error error = reply->result().error();
    QVERIFY2(!error.message.isEmpty(), "no sentence for the user");
    QVERIFY(!error.message.contains(QString::fromLatin1(Secret)));
    QVERIFY(!error.details.contains(QString::fromLatin1(Secret)));
}

void TestOpenApiClient::cancelFinishesOnceWithCancelled()
{
    FakeOpenApiServer server(KeyId, Secret);
    QVERIFY(server.listen());
    FakeResponse slow = FakeResponse::json({});
    slow.delayMs = 2000;
    server.setScript({slow});
    OpenApiClient client(m_network, m_clock, CloudCredentials(KeyId, Secret, {}), fastSettings());
    OpenApiReply *reply = call(client, server.baseUrl());
    QSignalSpy finished(reply, &OpenApiReply::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    reply->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(reply->failure()->kind, Kind::Cancelled);
    reply->cancel();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestOpenApiClient::everyAttemptIsSignedAfresh()
{
    FakeOpenApiServer server(KeyId, Secret);
    QVERIFY(server.listen());
    server.setScript({FakeResponse::error("Throttling", 400), FakeResponse::json({})});
    OpenApiClient client(m_network, m_clock, CloudCredentials(KeyId, Secret, {}), fastSettings());
    OpenApiRequest request = OpenApiRequest::ecs(server.baseUrl(), "DescribeZones");
    request.with("RegionId", "cn-shanghai-finance-1").with("Odd Name", "a*b c");
    OpenApiReply *reply = client.send(request);
    QVERIFY(waitFor(reply));
    QVERIFY(reply->result().ok());
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.allSignaturesValid());
    const FakeRequest &first = server.requests().at(0);
    const FakeRequest &second = server.requests().at(1);
    QVERIFY(first.headers.value("x-acs-signature-nonce")
        != second.headers.value("x-acs-signature-nonce"));
    QCOMPARE(first.headers.value("x-acs-date"), QByteArray("2026-03-09T01:02:03Z"));
    QCOMPARE(first.headers.value("x-acs-version"), QByteArray("2014-05-26"));
    QCOMPARE(first.parameter("RegionId"), QString("cn-shanghai-finance-1"));
    QCOMPARE(first.parameter("Odd Name"), QString("a*b c"));
}

void TestOpenApiClient::retryAfterIsHonouredWithFreshNonces_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("maxBackoffMs");
    QTest::addColumn<int>("minGapMs");
    QTest::addColumn<int>("maxGapMs");

    // The fixed clock says Now: an HTTP-date one second later asks for 1 s.
    const QByteArray oneSecondLater
        = Now.addSecs(1).toString(Qt::RFC2822Date).toLatin1().replace("+0000", "GMT");
    QTest::newRow("delay-seconds") << QByteArray("1") << 5000 << 950 << 3000;
    QTest::newRow("HTTP-date") << oneSecondLater << 5000 << 950 << 3000;
    QTest::newRow("a far-off wait is capped by the longest back-off")
        << QByteArray("3600") << 300 << 250 << 1500;
    QTest::newRow("a date in the past retries at once")
        << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 5000 << 0 << 400;
}

void TestOpenApiClient::retryAfterIsHonouredWithFreshNonces()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, maxBackoffMs);
    QFETCH(int, minGapMs);
    QFETCH(int, maxGapMs);
    FakeOpenApiServer server(KeyId, Secret);
    QVERIFY(server.listen());
    FakeResponse throttled = FakeResponse::error("Throttling.User", 429);
    throttled.headers = {{"Retry-After", retryAfter}};
    server.setScript({throttled, throttled, FakeResponse::json({{"RequestId", "R-ok"}})});
    OpenApiClientSettings settings = fastSettings();
    settings.firstBackoffMs = 10; // without the header the retries would follow at once
    settings.maxBackoffMs = maxBackoffMs;
    OpenApiClient client(m_network, m_clock, CloudCredentials(KeyId, Secret, {}), settings);
    OpenApiReply *reply = call(client, server.baseUrl());
    QVERIFY(waitFor(reply, 10000));
    QVERIFY(reply->result().ok());
    QCOMPARE(server.requests().size(), 3);
    QVERIFY(server.allSignaturesValid());
    QSet<QByteArray> nonces;
    for (const FakeRequest &request : server.requests())
        nonces.insert(request.headers.value("x-acs-signature-nonce"));
    QCOMPARE(nonces.size(), 3);
    QVERIFY(!nonces.contains(QByteArray()));
    for (int i = 1; i < 3; ++i) {
        const qint64 gap
            = server.requests().at(i).receivedMs - server.requests().at(i - 1).receivedMs;
        QVERIFY2(gap >= minGapMs && gap <= maxGapMs,
            qPrintable(QString("gap %1 ms, expected %2–%3").arg(gap).arg(minGapMs).arg(maxGapMs)));
    }
}

void TestOpenApiClient::retryAfterValues_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: none
    QTest::newRow("seconds") << QByteArray(" 120 ") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("IMF-fixdate") << QByteArray("Mon, 09 Mar 2026 01:02:33 GMT") << qint64(30000);
    QTest::newRow("past date") << QByteArray("Mon, 09 Mar 2026 01:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("missing") << QByteArray() << qint64(-1);
}

void TestOpenApiClient::retryAfterValues()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const std::optional<qint64> wait = OpenApiReply::retryAfterMs(header, Now);
    QCOMPARE(wait.value_or(-1), expected);
}

void TestOpenApiClient::missingKeySendsNothing()
{
    FakeOpenApiServer server(KeyId, Secret);
    QVERIFY(server.listen());
    OpenApiClient client(m_network, m_clock, CloudCredentials(), fastSettings());
    OpenApiReply *reply = call(client, server.baseUrl());
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->failure()->kind, Kind::MissingKey);
    QVERIFY(server.requests().isEmpty());
}

void TestOpenApiClient::realEndpointsAreHttps()
{
    OpenApiClient client(m_network, m_clock, CloudCredentials(KeyId, Secret, {}), fastSettings());
    const EndpointPolicy real;
    const QNetworkRequest request = client.signedRequest(OpenApiRequest::ecs(
        real.endpoint(CloudProduct::Ecs, "cn-hangzhou-finance"), "DescribeZones"));
    QCOMPARE(request.url().scheme(), QString("https"));
    QCOMPARE(request.url().host(), QString("ecs.aliyuncs.com"));
    QCOMPARE(request.rawHeader("host"), QByteArray("ecs.aliyuncs.com"));
    QCOMPARE(request.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
        int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
    QVERIFY(!request.rawHeader("authorization").contains(Secret));
}

QTEST_GUILESS_MAIN(TestOpenApiClient)
#include "tst_openapiclient.moc"
