#include "ProfileFileReader.h"

#include "onboarding/AccountEvidence.h"
#include "onboarding/NetworkEvidence.h"

#include "ExchangeFormat.h"
#include "core/UntrustedText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/PlannedVSwitch.h"
#include "onboarding/RegionCatalogue.h"
#include "onboarding/StepText.h"
#include "validation/CompanyName.h"
#include "validation/VpcPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

constexpr int LastPage = 6; // the welcome page, one page per step, the summary
constexpr int MaxDepositAttempts = FlowRules::MaxDepositAttempts;
constexpr qsizetype MaxActorLength = 200;

QString fieldPlace(const QString &key)
{
    return QStringLiteral("fields.\"%1\"").arg(key);
}

QString itemPlace(const char *list, qsizetype index, const char *member = nullptr)
{
    QString place = QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
    if (member)
        place += QLatin1Char('.') + QLatin1String(member);
    return place;
}

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The fixed values of the choice fields (FieldValue); empty means "not chosen".
const QHash<QString, QStringList> &choices()
{
    using namespace FieldValue;
    static const QHash<QString, QStringList> values = {
        {FieldKey::DedicatedAccount, {True, False}},
        {FieldKey::NoPublicResources, {True, False}},
        {FieldKey::TopUpDone, {True, False}},
        {FieldKey::RealNameSubject, {Enterprise, Government, Personal}},
        {FieldKey::RealNameMethod, {MethodLegalRepFace, MethodEnterpriseAlipay, MethodBankAccount}},
        {FieldKey::CertificationOutcome,
            {OutcomeNotSubmitted, OutcomeSubmitted, OutcomeApproved, OutcomeRejectedPublicResources,
                OutcomeFailed}},
        {FieldKey::ContractKind, {ContractOnline, ContractOffline}},
        {FieldKey::FundTransfer, {TransferNone, TransferNeeded, TransferTicketOpened}},
        {FieldKey::NetworkType, {NetworkClassic, NetworkVpc}},
    };
    return values;
}

// Collects every problem with the place it was found, so that one reading
// reports all of them and not only the first.
class Reading
{
public:
    // One line per problem: a key or value quoted from the file can neither
    // break the line nor carry a terminal's control sequence.
    void reject(const QString &place, const QString &why)
    {
        m_problems << UntrustedText::printable(place + QStringLiteral(": ") + why);
    }
    // A problem with the file as a whole (a full sentence).
    void rejectFile(const QString &why) { m_problems << UntrustedText::printable(why); }
    bool hasProblems() const { return !m_problems.isEmpty(); }

    Error refusal() const
    {
        QStringList lines = m_problems.mid(0, ProfileFileReader::MaxProblemsListed);
        const qsizetype more = m_problems.size() - lines.size();
        if (more > 0)
            lines << ProfileFileReader::tr("… and %n more problem(s).", "@info import", int(more));
        return Error {ProfileFileReader::tr(
                          "The file cannot be imported; nothing was changed.", "@info import")
                + u'\n' + lines.join(u'\n'),
            m_problems.join(u'\n'), ProfileFileReader::RejectedCode};
    }

    // A moment: null or absent is allowed only when `optional`.
    std::optional<QDateTime> time(const QJsonValue &value, const QString &place, bool optional)
    {
        if (optional && (value.isNull() || value.isUndefined()))
            return QDateTime();
        if (!value.isString()) {
            reject(place,
                optional ? ProfileFileReader::tr(
                    "must be a date and time in quotes (e.g. \"2026-03-06T09:00:00Z\") "
                    "or null.",
                    "@info import")
                         : ProfileFileReader::tr(
                             "must be a date and time in quotes (e.g. \"2026-03-06T09:00:00Z\").",
                             "@info import"));
            return std::nullopt;
        }
        const std::optional<QDateTime> parsed = ExchangeFormat::parseTime(value.toString());
        if (!parsed)
            reject(place,
                ProfileFileReader::tr(
                    "\"%1\" is not a complete date and time with a time zone (e.g. "
                    "\"2026-03-06T09:00:00Z\" or \"2026-03-06T17:00:00+08:00\").",
                    "@info import")
                    .arg(value.toString()));
        return parsed;
    }

    // Text or null (read as empty); anything else is a problem.
    std::optional<QString> optionalText(const QJsonValue &value, const QString &place)
    {
        if (value.isNull() || value.isUndefined())
            return QString();
        if (!value.isString()) {
            reject(place, ProfileFileReader::tr("must be text in quotes or null.", "@info import"));
            return std::nullopt;
        }
        if (value.toString().contains(QChar(0))) {
            reject(place,
                ProfileFileReader::tr(
                    "contains a NUL character, which cannot be stored.", "@info import"));
            return std::nullopt;
        }
        return value.toString();
    }

private:
    QStringList m_problems;
};

// Problems the check-data rules do not cover: the choice fields, the region,
// the vSwitch list, counts and the pre-check time.
QString extraFieldProblem(const QString &key, const QString &value, const QJsonObject &fields)
{
    if (value.isEmpty())
        return {};
    const auto choice = choices().constFind(key);
    if (choice != choices().cend() && !choice->contains(value))
        return ProfileFileReader::tr(
            "\"%1\" is not one of the values this field takes (%2).", "@info import")
            .arg(value, choice->join(QStringLiteral(", ")));
    // A label is one line of a list, as long as a company name may be.
    if (key == FieldKey::ProfileLabel
        && (value.size() > CompanyName::MaxLength || value.contains(QLatin1Char('\n'))))
        return ProfileFileReader::tr(
            "a profile label is one line of at most %1 characters.", "@info import")
            .arg(CompanyName::MaxLength);
    if (key == FieldKey::DepositAttempts
        && (!isDigits(value) || value.size() > 2 || value.toInt() > MaxDepositAttempts))
        return ProfileFileReader::tr("must be a number of attempts from 0 to %1.", "@info import")
            .arg(MaxDepositAttempts);
    if ((key == FieldKey::PrecheckRegions || key == FieldKey::PrecheckEcs
            || key == FieldKey::PrecheckRds)
        && (!isDigits(value) || value.size() > 9))
        return ProfileFileReader::tr("must be a count (digits only).", "@info import");
    if (key == FieldKey::PrecheckAt && !ExchangeFormat::parseTime(value))
        return ProfileFileReader::tr(
            "\"%1\" is not a complete date and time with a time zone.", "@info import")
            .arg(value);
    if (key == FieldKey::RegionId && !RegionCatalogue::known(value))
        return ProfileFileReader::tr("\"%1\" is not a known Finance Cloud region.", "@info import")
            .arg(value);
    if (key == FieldKey::VSwitches) {
        const QList<PlannedVSwitch> vSwitches = PlannedVSwitch::listFromJson(value);
        if (vSwitches.isEmpty() && value.trimmed() != QLatin1String("[]"))
            return ProfileFileReader::tr(
                "must be a JSON list of {\"zone\", \"cidr\"} entries.", "@info import");
        const VpcPlanVerdict verdict = VpcPlan::check(
            fields.value(FieldKey::VpcCidr).toString(), PlannedVSwitch::cidrs(vSwitches));
        for (qsizetype i = 0; i < vSwitches.size(); ++i) {
            // A row the user has not filled in yet is kept as it is.
            if (!vSwitches[i].cidr.isEmpty() && verdict.vSwitches.value(i).blocks())
                return ProfileFileReader::tr("vSwitch %1 (%2): %3", "@info import")
                    .arg(QString::number(i + 1), vSwitches[i].cidr,
                        verdict.vSwitches.value(i).message);
        }
    }
    return {};
}

void readFields(const QJsonValue &value, QDate today, Reading &reading, ProfileFileContent &content)
{
    if (!value.isObject()) {
        reading.reject(QStringLiteral("fields"),
            ProfileFileReader::tr("must be an object of \"key\": \"text\" pairs.", "@info import"));
        return;
    }
    const QJsonObject fields = value.toObject();
    QJsonObject checkable;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString place = fieldPlace(it.key());
        if (ExchangeFormat::namesSecret(it.key())) {
            reading.reject(place,
                ProfileFileReader::tr("a profile file never carries passwords, AccessKeys or "
                                      "tokens; this key is not accepted.",
                    "@info import"));
            continue;
        }
        if (!FieldKey::Stored.contains(it.key())) {
            reading.reject(place,
                ProfileFileReader::tr(
                    "unknown field (the file may come from a newer version of the "
                    "program).",
                    "@info import"));
            continue;
        }
        if (!it.value().isString()) {
            reading.reject(
                place, ProfileFileReader::tr("the value must be text in quotes.", "@info import"));
            continue;
        }
        const QString text = it.value().toString();
        if (text.contains(QChar(0))) {
            reading.reject(place,
                ProfileFileReader::tr(
                    "the value contains a NUL character, which cannot be stored.", "@info import"));
            continue;
        }
        if (ExchangeFormat::looksLikeAccessKeyId(text)) {
            reading.reject(place,
                ProfileFileReader::tr("the value looks like an AccessKey ID; a profile file never "
                                      "carries one.",
                    "@info import"));
            continue;
        }
        if (const QString problem = extraFieldProblem(it.key(), text, fields); !problem.isEmpty()) {
            reading.reject(place, problem);
            continue;
        }
        // Company data is checked as check-data checks it; the lock list is
        // the program's own (FieldLocks reads anything else as no lock).
        if (FieldKey::All.contains(it.key()))
            checkable.insert(it.key(), text);
        content.profile.fields.insert(it.key(), text);
    }
    if (!fields.contains(FieldKey::CompanyName))
        reading.reject(fieldPlace(FieldKey::CompanyName),
            ProfileFileReader::tr("missing; every profile has a company name.", "@info import"));

    // The same checks as `check-data`, with the same credit-code override.
    const Result<QList<CheckedField>> checked
        = CompanyDataFile::check(QJsonDocument(checkable).toJson(QJsonDocument::Compact), today);
    if (!checked) {
        reading.reject(QStringLiteral("fields"), checked.error().message);
        return;
    }
    for (const CheckedField &field : checked.value()) {
        if (field.verdict.blocks())
            reading.reject(fieldPlace(field.key), field.verdict.message);
        else if (field.verdict.level != FieldVerdict::Ok)
            content.findings << field;
    }
}

void readSteps(const QJsonValue &value, Reading &reading, ProfileFileContent &content)
{
    if (!value.isArray()) {
        reading.reject(QStringLiteral("steps"),
            ProfileFileReader::tr("must be a list of the five steps.", "@info import"));
        return;
    }
    const QJsonArray steps = value.toArray();
    if (steps.size() != qsizetype(AllSteps.size())) {
        reading.reject(QStringLiteral("steps"),
            ProfileFileReader::tr("lists %1 steps; a profile has exactly five.", "@info import")
                .arg(steps.size()));
        return;
    }
    std::array<bool, AllSteps.size()> seen {};
    bool complete = true;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!steps[i].isObject()) {
            reading.reject(
                itemPlace("steps", i), ProfileFileReader::tr("must be an object.", "@info import"));
            complete = false;
            continue;
        }
        const QJsonObject entry = steps[i].toObject();
        const std::optional<StepId> step = stepFromKey(entry.value(u"step").toString());
        if (!step) {
            reading.reject(itemPlace("steps", i, "step"),
                ProfileFileReader::tr("\"%1\" is not a step (register, real_name, certification, "
                                      "finance_services, region).",
                    "@info import")
                    .arg(entry.value(u"step").toString()));
            complete = false;
            continue;
        }
        if (seen[size_t(*step)]) {
            reading.reject(itemPlace("steps", i, "step"),
                ProfileFileReader::tr("the step \"%1\" is listed twice.", "@info import")
                    .arg(stepKey(*step)));
            complete = false;
            continue;
        }
        seen[size_t(*step)] = true;
        const std::optional<StepStatus> status = statusFromKey(entry.value(u"status").toString());
        if (!status) {
            reading.reject(itemPlace("steps", i, "status"),
                ProfileFileReader::tr(
                    "\"%1\" is not a status (not_started, in_progress, waiting, done, failed).",
                    "@info import")
                    .arg(entry.value(u"status").toString()));
            complete = false;
            continue;
        }
        const auto since
            = reading.time(entry.value(u"since"), itemPlace("steps", i, "since"), true);
        const auto expectedBy
            = reading.time(entry.value(u"expectedBy"), itemPlace("steps", i, "expectedBy"), true);
        if (!since || !expectedBy) {
            complete = false;
            continue;
        }
        if (expectedBy->isValid() && *status != StepStatus::Waiting)
            reading.reject(itemPlace("steps", i, "expectedBy"),
                ProfileFileReader::tr(
                    "only a step that is waiting for review has an expected date.",
                    "@info import"));
        else if (expectedBy->isValid() && since->isValid() && *expectedBy < *since)
            reading.reject(itemPlace("steps", i, "expectedBy"),
                ProfileFileReader::tr(
                    "the expected date lies before the step was submitted.", "@info import"));
        content.profile.step(*step) = StepState {*status, *since, *expectedBy};
    }
    if (!complete)
        return;

    // The order of the steps, as the wizard enforces it.
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const StepId step = *stepFromKey(steps[i].toObject().value(u"step").toString());
        const StepStatus status = content.profile.status(step);
        if (!isPastInProgress(status))
            continue;
        const QStringList blockers = FlowRules::blockers(content.profile, step);
        if (!blockers.isEmpty())
            reading.reject(itemPlace("steps", i),
                ProfileFileReader::tr("step %1 (%2) is marked \"%3\", but: %4", "@info import")
                    .arg(QString::number(stepNumber(step)), StepText::title(step),
                        StepText::status(status), blockers.join(u' ')));
    }
}

void readEvent(const QJsonValue &value, qsizetype i, Reading &reading, ProfileFileContent &content)
{
    if (!value.isObject()) {
        reading.reject(
            itemPlace("events", i), ProfileFileReader::tr("must be an object.", "@info import"));
        return;
    }
    const QJsonObject entry = value.toObject();
    ProfileEvent event;
    const auto at = reading.time(entry.value(u"at"), itemPlace("events", i, "at"), false);
    const auto actor = reading.optionalText(entry.value(u"actor"), itemPlace("events", i, "actor"));
    const auto role = reading.optionalText(entry.value(u"role"), itemPlace("events", i, "role"));
    const auto subject
        = reading.optionalText(entry.value(u"subject"), itemPlace("events", i, "subject"));
    const auto oldValue
        = reading.optionalText(entry.value(u"oldValue"), itemPlace("events", i, "oldValue"));
    const auto newValue
        = reading.optionalText(entry.value(u"newValue"), itemPlace("events", i, "newValue"));
    if (!at || !actor || !role || !subject || !oldValue || !newValue)
        return;
    for (const auto &[name, text] : {std::pair {"actor", &*actor}, std::pair {"role", &*role}}) {
        if (text->size() > MaxActorLength) {
            reading.reject(itemPlace("events", i, name),
                ProfileFileReader::tr("longer than %1 characters.", "@info import")
                    .arg(MaxActorLength));
            return;
        }
    }
    for (const QString *text : {&*actor, &*role, &*subject, &*oldValue, &*newValue}) {
        if (ExchangeFormat::looksLikeAccessKeyId(*text)) {
            reading.reject(itemPlace("events", i),
                ProfileFileReader::tr(
                    "holds something that looks like an AccessKey ID; a profile file never "
                    "carries one.",
                    "@info import"));
            return;
        }
    }
    const QString kind = entry.value(u"kind").toString();
    if (kind == EventKind::Created) {
        if (!subject->isEmpty() || !oldValue->isEmpty()) {
            reading.reject(itemPlace("events", i),
                ProfileFileReader::tr(
                    "a \"created\" event has no subject and no old value.", "@info import"));
            return;
        }
    } else if (kind == EventKind::Field) {
        if (!FieldKey::Stored.contains(*subject)) {
            reading.reject(itemPlace("events", i, "subject"),
                ProfileFileReader::tr("\"%1\" is not a field of this program.", "@info import")
                    .arg(*subject));
            return;
        }
        if (!oldValue->isEmpty() || !newValue->isEmpty()) {
            reading.reject(itemPlace("events", i),
                ProfileFileReader::tr(
                    "a field edit in the log never carries values (some are personal data).",
                    "@info import"));
            return;
        }
    } else if (kind == EventKind::Status) {
        if (!stepFromKey(*subject)) {
            reading.reject(itemPlace("events", i, "subject"),
                ProfileFileReader::tr("\"%1\" is not a step.", "@info import").arg(*subject));
            return;
        }
        if (!statusFromKey(*oldValue) || !statusFromKey(*newValue)) {
            reading.reject(itemPlace("events", i),
                ProfileFileReader::tr("a status change needs two known statuses.", "@info import"));
            return;
        }
    } else if (kind == EventKind::AccountCheck) {
        const std::optional<AccountCheckKind> check = AccountEvidence::checkOfField(*subject);
        if (!check || !oldValue->isEmpty() || !AccountEvidence::fromFieldValue(*check, *newValue)) {
            reading.reject(itemPlace("events", i),
                ProfileFileReader::tr("an account check needs a check of this program and its "
                                      "record as the new value.",
                    "@info import"));
            return;
        }
    } else if (kind == EventKind::NetworkCheck) {
        if (*subject != FieldKey::NetworkCheck || !oldValue->isEmpty()
            || !NetworkEvidence::fromFieldValue(*newValue)) {
            reading.reject(itemPlace("events", i),
                ProfileFileReader::tr("a network check needs the network check's field and its "
                                      "record as the new value.",
                    "@info import"));
            return;
        }
    } else if (kind == EventKind::Archived || kind == EventKind::Unarchived
        || kind == EventKind::Deleted || kind == EventKind::Undeleted) {
        // The marks a profile's list entry carried; the new value is the
        // label it had (ProfileRecords::setMark).
        if (!subject->isEmpty() || !oldValue->isEmpty()) {
            reading.reject(itemPlace("events", i),
                ProfileFileReader::tr(
                    "an archive or delete event has no subject and no old value.", "@info import"));
            return;
        }
    } else {
        reading.reject(itemPlace("events", i, "kind"),
            ProfileFileReader::tr("\"%1\" is not a kind of event this program knows (%2).",
                "@info import %2 the known kinds")
                .arg(kind, EventKind::All.join(QStringLiteral(", "))));
        return;
    }
    event.at = *at;
    event.actor = *actor;
    event.role = *role;
    event.kind = kind;
    event.subject = *subject;
    event.oldValue = *oldValue;
    event.newValue = *newValue;
    content.events << event;
}

void readEvents(const QJsonValue &value, Reading &reading, ProfileFileContent &content)
{
    if (!value.isArray()) {
        reading.reject(QStringLiteral("events"),
            ProfileFileReader::tr("must be a list (it may be empty).", "@info import"));
        return;
    }
    const QJsonArray events = value.toArray();
    for (qsizetype i = 0; i < events.size(); ++i)
        readEvent(events[i], i, reading, content);
}

std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::abs(number) > 1e9)
        return std::nullopt;
    return int(number);
}

// The checks that make the rest meaningless: a file that is not a profile
// file of a version this program reads is refused with one reason.
std::optional<QString> formatProblem(const QJsonObject &root)
{
    const QJsonValue format = root.value(u"format");
    if (format.toString() != ExchangeFormat::Name)
        return format.isString()
            ? ProfileFileReader::tr(
                "format: \"%1\" is not a profile file of this program (expected \"%2\").",
                "@info import")
                  .arg(format.toString(), ExchangeFormat::Name)
            : ProfileFileReader::tr(
                "format: missing; this is not a profile file of this program (expected "
                "\"%1\").",
                "@info import")
                  .arg(ExchangeFormat::Name);
    const std::optional<int> version = wholeNumber(root.value(u"formatVersion"));
    if (!version)
        return ProfileFileReader::tr("formatVersion: must be a whole number.", "@info import");
    if (*version > ExchangeFormat::Version)
        return ProfileFileReader::tr(
            "formatVersion: the file was written by a newer version of the program "
            "(format version %1; this version reads version %2). Update the program to "
            "import it.",
            "@info import")
            .arg(*version)
            .arg(ExchangeFormat::Version);
    if (*version < 1)
        return ProfileFileReader::tr(
            "formatVersion: %1 is not a version of this format.", "@info import")
            .arg(*version);
    return std::nullopt;
}

} // namespace

Result<ProfileFileContent> ProfileFileReader::read(const QByteArray &bytes, QDate today)
{
    Reading reading;
    if (bytes.size() > ExchangeFormat::MaxBytes) {
        reading.rejectFile(ProfileFileReader::tr(
            "The file is larger than %1 MB; a profile file is much smaller.", "@info import")
                               .arg(ExchangeFormat::MaxBytes / (1024 * 1024)));
        return reading.refusal();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reading.rejectFile(ProfileFileReader::tr(
            "The file is not valid JSON: %1 at byte %2 (is it complete?).", "@info import")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
        return reading.refusal();
    }
    if (!document.isObject()) {
        reading.rejectFile(ProfileFileReader::tr(
            "The file does not hold a profile: a profile file is one JSON object.",
            "@info import"));
        return reading.refusal();
    }
    const QJsonObject root = document.object();
    if (const std::optional<QString> problem = formatProblem(root)) {
        Reading format;
        format.rejectFile(*problem);
        return format.refusal();
    }

    ProfileFileContent content;
    if (const auto exportedAt
        = reading.time(root.value(u"exportedAt"), QStringLiteral("exportedAt"), false))
        content.exportedAt = *exportedAt;
    if (const auto created
        = reading.time(root.value(u"createdAt"), QStringLiteral("createdAt"), false))
        content.profile.createdAt = *created;
    if (const auto updated
        = reading.time(root.value(u"updatedAt"), QStringLiteral("updatedAt"), false))
        content.profile.updatedAt = *updated;
    const std::optional<int> page = wholeNumber(root.value(u"currentPage"));
    if (!page || *page < 0 || *page > LastPage)
        reading.reject(QStringLiteral("currentPage"),
            ProfileFileReader::tr("must be a page number from 0 to %1.", "@info import")
                .arg(LastPage));
    else
        content.profile.currentPage = *page;

    readFields(root.value(u"fields"), today, reading, content);
    const QJsonValue company = root.value(u"company");
    if (!company.isString())
        reading.reject(QStringLiteral("company"),
            ProfileFileReader::tr("must be the company name in quotes.", "@info import"));
    else if (company.toString() != content.profile.field(FieldKey::CompanyName)
        && content.profile.fields.contains(FieldKey::CompanyName))
        reading.reject(QStringLiteral("company"),
            ProfileFileReader::tr(
                "\"%1\" differs from the company name in the fields (\"%2\").", "@info import")
                .arg(company.toString(), content.profile.field(FieldKey::CompanyName)));
    readSteps(root.value(u"steps"), reading, content);
    readEvents(root.value(u"events"), reading, content);

    if (reading.hasProblems())
        return reading.refusal();
    return content;
}
