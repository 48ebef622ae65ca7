// A stand-in for Alibaba Cloud's OpenAPI on 127.0.0.1 (port chosen by the
// system): parses HTTP/1.1 requests, checks each V3 signature with its own
// small implementation (not the product's signer), records what it saw and
// answers from a script, faults included (delays, truncation, huge bodies).
// Must never listen on anything but the loopback address.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <utility>

class QTcpSocket;

struct FakeRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray rawQuery;
    QHash<QString, QString> query; // decoded
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool signatureValid = false;
    QString signatureProblem;
    qint64 receivedMs = 0; // since the server was made (monotonic clock)

    QString action() const { return QString::fromLatin1(headers.value("x-acs-action")); }
    QString parameter(const QString &name) const { return query.value(name); }
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

class FakeOpenApiServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

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

    // The server's own V3 check; empty when the request is signed correctly.
    static QString verifySignature(
        const FakeRequest &request, const QByteArray &accessKeyId, const QByteArray &secret);

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer m_server;
    QByteArray m_accessKeyId;
    QByteArray m_secret;
    Handler m_handler;
    QElapsedTimer m_uptime;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requestNumber = 0;
};
