// A stand-in for Alibaba Cloud's OpenAPI on 127.0.0.1 (port chosen by the
// system): parses HTTP/1.1 requests, checks each V3 signature with its own
// small implementation (not the product's signer), records what it saw and
// answers from a script, faults included (delays, truncation, huge bodies).
// Must never listen on anything but the loopback address.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QTcpSocket;

struct FakeRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray rawQuery;
    QHash<QString, QString> query; // decoded
    QHash<QString, QString> form; // decoded, from a form-encoded POST body
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool signatureValid = false;
    QString signatureProblem;
    qint64 receivedMs = 0; // since the server was made (monotonic clock)

    QString action() const { return QString::fromLatin1(headers.value("x-acs-action")); }
    // From the query string, else from the form body.
    QString parameter(const QString &name) const
    {
        return query.contains(name) ? query.value(name) : form.value(name);
    }
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    int delayMs = 0; // before the first byte
    bool dropMidBody = false; // announce the full length, send half, close
    bool announceLength = true; // false: the body ends when the connection closes
    QList<std::pair<QByteArray, QByteArray>> headers; // extra ones, e.g. Retry-After

    static FakeResponse json(const QJsonObject &object, int status = 200);
    static FakeResponse error(const QString &code, int status, const QString &message = {});
    static FakeResponse raw(const QByteArray &body, int status = 200);
};
Q_DECLARE_METATYPE(FakeResponse)

// STS AssumeRole (issue 20): the role the fake grants to its own key, and
// the temporary key, secret and token it hands out for it.
struct FakeRole
{
    QString roleArn;
    QByteArray accessKeyId;
    QByteArray secret;
    QByteArray securityToken;
    QDateTime expiration; // invalid: now + DurationSeconds
    FakeResponse refusal; // empty body: grant; else answer this instead
};

class FakeOpenApiServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;
    // A longer request line (path and query) is answered 414, as a gateway
    // with nginx's default header buffers answers it.
    static constexpr qsizetype MaxRequestTarget = 8192;

    FakeOpenApiServer(QByteArray accessKeyId, QByteArray secret);
    ~FakeOpenApiServer() override;
    bool listen();
    bool isListening() const { return m_server.isListening(); }
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    quint16 port() const { return m_server.serverPort(); }
    void close() { m_server.close(); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers in this order; the last one repeats.
    void setScript(QList<FakeResponse> script);

    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int count(const QString &action) const;
    bool allSignaturesValid() const;

    // STS credentials (issue 20): a call signed with this key must carry
    // the token in a signed x-acs-security-token header; a call signed with
    // any other key must carry none.
    void acceptStsKey(QByteArray accessKeyId, QByteArray secret, QByteArray securityToken);
    // AssumeRole signed with the server's own key answers with the role's
    // temporary key, which the server then accepts (with its token).
    void setAssumableRole(FakeRole role);

    // The server's own V3 check; empty when the request is signed correctly.
    static QString verifySignature(
        const FakeRequest &request, const QByteArray &accessKeyId, const QByteArray &secret);

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FakeResponse &response);
    // STS credentials and AssumeRole (issue 20).
    QString checkKey(const FakeRequest &request) const;
    std::optional<FakeResponse> answerAssumeRole(const FakeRequest &request) const;
    // ROS ValidateTemplate (issue 21), answered for every signed request as
    // ROS would for the two resource types a network plan uses: the
    // template's Outputs, or InvalidTemplate naming what is wrong.
    static std::optional<FakeResponse> answerValidateTemplate(const FakeRequest &request);

    QTcpServer m_server;
    QByteArray m_accessKeyId;
    QByteArray m_secret;
    Handler m_handler;
    QElapsedTimer m_uptime;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requestNumber = 0;
    // STS credentials and AssumeRole (issue 20).
    struct StsKey
    {
        QByteArray secret;
        QByteArray token;
    };
    QHash<QByteArray, StsKey> m_stsKeys;
    std::optional<FakeRole> m_role;
};
