#include "FakeOpenApiServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// HMAC (RFC 2104) spelled out, so that the check shares no code with the
// product's signer.
QByteArray hmacSha256Hex(QByteArray key, const QByteArray &message)
{
    constexpr int Block = 64;
    if (key.size() > Block)
        key = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    key = key.leftJustified(Block, '\0');
    QByteArray inner(Block, '\0');
    QByteArray outer(Block, '\0');
    for (int i = 0; i < Block; ++i) {
        inner[i] = char(key.at(i) ^ 0x36);
        outer[i] = char(key.at(i) ^ 0x5c);
    }
    const QByteArray innerHash
        = QCryptographicHash::hash(inner + message, QCryptographicHash::Sha256);
    return QCryptographicHash::hash(outer + innerHash, QCryptographicHash::Sha256).toHex();
}

QByteArray rfc3986(const QByteArray &raw)
{
    static const QByteArray Unreserved
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    QByteArray encoded;
    for (const char c : raw) {
        if (Unreserved.contains(c))
            encoded += c;
        else
            encoded += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
    }
    return encoded;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

FakeResponse FakeResponse::json(const QJsonObject &object, int status)
{
    return raw(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

FakeResponse FakeResponse::error(const QString &code, int status, const QString &message)
{
    return json({{"RequestId", "FAKE-" + code}, {"HostId", "fake.local"}, {"Code", code},
                    {"Message", message.isEmpty() ? "fake " + code : message},
                    {"Recommend", "https://api.aliyun.com/troubleshoot?q=" + code}},
        status);
}

FakeResponse FakeResponse::raw(const QByteArray &body, int status)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    return response;
}

FakeOpenApiServer::FakeOpenApiServer(QByteArray accessKeyId, QByteArray secret)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secret(std::move(secret))
{
    m_uptime.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeOpenApiServer::accept);
    setScript({FakeResponse::json({{"RequestId", "FAKE-OK"}})});
}

FakeOpenApiServer::~FakeOpenApiServer()
{
    // The sockets outlive this object's members; they must not call back.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool FakeOpenApiServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeOpenApiServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeOpenApiServer::setScript(QList<FakeResponse> script)
{
    auto next = std::make_shared<int>(0);
    m_handler = [script = std::move(script), next](const FakeRequest &) {
        const FakeResponse response = script.at(qMin(*next, int(script.size()) - 1));
        ++*next;
        return response;
    };
}

int FakeOpenApiServer::count(const QString &action) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
        [&action](const FakeRequest &request) { return request.action() == action; }));
}

bool FakeOpenApiServer::allSignaturesValid() const
{
    return std::all_of(m_requests.cbegin(), m_requests.cend(),
        [](const FakeRequest &request) { return request.signatureValid; });
}

void FakeOpenApiServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeOpenApiServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // A TLS ClientHello on this plain port: answer as a plain web server
    // would, which the client's TLS layer must reject.
    if (buffer.startsWith('\x16')) {
        socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        const auto decode = [](const QByteArray &encoded, QHash<QString, QString> &into) {
            for (const QByteArray &pair : encoded.split('&')) {
                const qsizetype equals = pair.indexOf('=');
                if (equals > 0)
                    into.insert(
                        QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))),
                        QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1))));
            }
        };
        decode(request.rawQuery, request.query);
        if (request.headers.value("content-type") == "application/x-www-form-urlencoded")
            decode(QByteArray(body).replace('+', ' '), request.form);
        // As a gateway with nginx's default buffers (8 KB) answers a longer
        // request line.
        if (target.size() > MaxRequestTarget) {
            m_requests.append(request);
            answer(socket, FakeResponse::raw("414 Request-URI Too Large", 414));
            continue;
        }
        if (request.headers.value("x-acs-content-sha256") != sha256Hex(body))
            request.signatureProblem
                = QStringLiteral("x-acs-content-sha256 does not match the body");
        else
            request.signatureProblem = checkKey(request);
        request.signatureValid = request.signatureProblem.isEmpty();
        request.receivedMs = m_uptime.elapsed();
        m_requests.append(request);
        if (!request.signatureValid) {
            answer(socket,
                FakeResponse::error(
                    QStringLiteral("SignatureDoesNotMatch"), 400, request.signatureProblem));
            continue;
        }
        std::optional<FakeResponse> builtIn = answerAssumeRole(request);
        if (!builtIn)
            builtIn = answerValidateTemplate(request);
        answer(socket, builtIn ? *builtIn : m_handler(request));
    }
}

QString FakeOpenApiServer::verifySignature(
    const FakeRequest &request, const QByteArray &accessKeyId, const QByteArray &secret)
{
    const QByteArray authorization = request.headers.value("authorization");
    const QByteArray prefix = "ACS3-HMAC-SHA256 ";
    if (!authorization.startsWith(prefix))
        return QStringLiteral("no ACS3-HMAC-SHA256 Authorization header");
    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray &field : authorization.mid(prefix.size()).split(',')) {
        const qsizetype equals = field.indexOf('=');
        fields.insert(field.left(equals).trimmed(), field.mid(equals + 1).trimmed());
    }
    if (fields.value("Credential") != accessKeyId)
        return QStringLiteral("unknown AccessKey id");
    const QList<QByteArray> signedNames = fields.value("SignedHeaders").split(';');
    if (!signedNames.contains("host"))
        return QStringLiteral("host is not signed");
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if ((it.key().startsWith("x-acs-") || it.key() == "content-type")
            && !signedNames.contains(it.key()))
            return QStringLiteral("%1 is not signed").arg(QString::fromLatin1(it.key()));
    }
    QList<QByteArray> pairs;
    for (const QByteArray &pair : request.rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        pairs.append(rfc3986(QByteArray::fromPercentEncoding(name)) + '='
            + rfc3986(QByteArray::fromPercentEncoding(value)));
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray canonical = request.method + '\n' + request.path + '\n' + pairs.join('&') + '\n';
    for (const QByteArray &name : signedNames)
        canonical += name + ':' + request.headers.value(name).trimmed() + '\n';
    canonical += '\n' + fields.value("SignedHeaders") + '\n'
        + request.headers.value("x-acs-content-sha256");
    const QByteArray toSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical);
    if (hmacSha256Hex(secret, toSign) != fields.value("Signature"))
        return QStringLiteral("the signature does not match; canonical request:\n")
            + QString::fromUtf8(canonical);
    return {};
}

void FakeOpenApiServer::answer(QTcpSocket *socket, const FakeResponse &response)
{
    const QPointer<QTcpSocket> guarded(socket);
    const QByteArray requestId = "FAKE-" + QByteArray::number(++m_requestNumber);
    const auto send = [guarded, response, requestId] {
        if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + "\r\nContent-Type: application/json\r\n"
            + "x-acs-request-id: " + requestId + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (response.announceLength)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        else
            head += "Connection: close\r\n";
        guarded->write(head + "\r\n");
        if (response.dropMidBody) {
            guarded->write(response.body.left(response.body.size() / 2));
            guarded->disconnectFromHost();
            return;
        }
        guarded->write(response.body);
        if (!response.announceLength)
            guarded->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, send);
    else
        send();
}

// --- STS credentials and AssumeRole (issue 20) ---

void FakeOpenApiServer::acceptStsKey(
    QByteArray accessKeyId, QByteArray secret, QByteArray securityToken)
{
    m_stsKeys.insert(std::move(accessKeyId), {std::move(secret), std::move(securityToken)});
}

void FakeOpenApiServer::setAssumableRole(FakeRole role)
{
    acceptStsKey(role.accessKeyId, role.secret, role.securityToken);
    m_role = std::move(role);
}

QString FakeOpenApiServer::checkKey(const FakeRequest &request) const
{
    const QByteArray authorization = request.headers.value("authorization");
    const qsizetype at = authorization.indexOf("Credential=");
    const QByteArray id
        = at < 0 ? QByteArray() : authorization.mid(at + 11).split(',').value(0).trimmed();
    const QByteArray token = request.headers.value("x-acs-security-token");
    if (!m_stsKeys.contains(id)) {
        if (!token.isEmpty())
            return QStringLiteral("a security token with a key that is not STS credentials");
        return verifySignature(request, m_accessKeyId, m_secret);
    }
    const StsKey &sts = m_stsKeys.value(id);
    if (token != sts.token)
        return token.isEmpty() ? QStringLiteral("STS credentials without x-acs-security-token")
                               : QStringLiteral("x-acs-security-token does not match the key");
    return verifySignature(request, id, sts.secret);
}

std::optional<FakeResponse> FakeOpenApiServer::answerAssumeRole(const FakeRequest &request) const
{
    if (request.action() != QLatin1String("AssumeRole") || !m_role)
        return std::nullopt;
    if (request.headers.value("x-acs-version") != "2015-04-01")
        return FakeResponse::error("InvalidVersion", 400);
    if (!m_role->refusal.body.isEmpty())
        return m_role->refusal;
    if (request.parameter("RoleArn") != m_role->roleArn)
        return FakeResponse::error("EntityNotExist.Role", 404, "The role not exists");
    const int seconds = request.parameter("DurationSeconds").toInt();
    if (seconds < 900 || request.parameter("RoleSessionName").size() < 2)
        return FakeResponse::error("InvalidParameter", 400);
    const QDateTime expiration = m_role->expiration.isValid()
        ? m_role->expiration
        : QDateTime::currentDateTimeUtc().addSecs(seconds);
    return FakeResponse::json({{"RequestId", "FAKE-AssumeRole"},
        {"AssumedRoleUser",
            QJsonObject {{"Arn", m_role->roleArn + "/" + request.parameter("RoleSessionName")},
                {"AssumedRoleId", "3000000000000000:" + request.parameter("RoleSessionName")}}},
        {"Credentials",
            QJsonObject {{"AccessKeyId", QString::fromLatin1(m_role->accessKeyId)},
                {"AccessKeySecret", QString::fromLatin1(m_role->secret)},
                {"SecurityToken", QString::fromLatin1(m_role->securityToken)},
                {"Expiration", expiration.toUTC().toString(Qt::ISODate)}}}});
}

// --- ROS ValidateTemplate (issue 21) ---

std::optional<FakeResponse> FakeOpenApiServer::answerValidateTemplate(const FakeRequest &request)
{
    if (request.action() != QLatin1String("ValidateTemplate"))
        return std::nullopt;
    if (request.headers.value("x-acs-version") != "2019-09-10")
        return FakeResponse::error("InvalidVersion", 400);
    const auto invalid
        = [](const QString &why) { return FakeResponse::error("InvalidTemplate", 400, why); };
    // The required properties of the types ROS documents, for the two used.
    static const QHash<QString, QStringList> required {
        {"ALIYUN::ECS::VPC", {}},
        {"ALIYUN::ECS::VSwitch", {"VpcId", "ZoneId", "CidrBlock"}},
    };
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(request.parameter("TemplateBody").toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid("Template format error: not a JSON object");
    const QJsonObject root = document.object();
    if (root.value("ROSTemplateFormatVersion").toString() != "2015-09-01")
        return invalid("Unknown ROSTemplateFormatVersion");
    const QJsonObject resources = root.value("Resources").toObject();
    if (resources.isEmpty())
        return invalid("The template has no Resources");
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QJsonObject resource = it.value().toObject();
        const QString type = resource.value("Type").toString();
        if (!required.contains(type))
            return invalid(QStringLiteral("Unknown resource type %1 (%2)").arg(type, it.key()));
        const QJsonObject properties = resource.value("Properties").toObject();
        for (const QString &property : required.value(type)) {
            if (!properties.contains(property))
                return invalid(
                    QStringLiteral("%1: the property %2 is required").arg(it.key(), property));
        }
    }
    QJsonArray outputs;
    const QJsonObject declared = root.value("Outputs").toObject();
    for (auto it = declared.begin(); it != declared.end(); ++it)
        outputs.append(QJsonObject {
            {"OutputKey", it.key()}, {"Description", it.value().toObject().value("Description")}});
    return FakeResponse::json(
        {{"RequestId", "FAKE-ValidateTemplate"}, {"Description", root.value("Description")},
            {"Parameters", QJsonArray()}, {"Outputs", outputs}});
}
