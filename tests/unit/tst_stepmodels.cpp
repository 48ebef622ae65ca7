// The step models on their own, without a widget: the deposit rule, outcome
// and status that cannot contradict each other, a step with entered data is
// at least in progress, every unavailable choice has its reason, what a
// pending entry holds back, proposals that are only stored when accepted,
// and signals that fire only for what changed. Each contradiction a user
// saw (issue 18) is a row here. A waiting step's advice: since when,
// expected by, due or overdue by how many working days across weekends and
// holidays, and what to do (issue 19).
#include "core/Clock.h"
#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/Profile.h"
#include "onboarding/RegionCatalogue.h"
#include "steps/CertificationStep.h"
#include "steps/FinanceServicesStep.h"
#include "steps/RealNameStep.h"
#include "steps/RegionStep.h"
#include "steps/StepModel.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime Now(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

ProfileData withSteps(std::initializer_list<std::pair<StepId, StepStatus>> statuses,
    std::initializer_list<std::pair<QString, QString>> fields)
{
    ProfileData data;
    data.id = 1;
    for (const auto &[step, status] : statuses)
        data.step(step).status = status;
    for (const auto &[key, value] : fields)
        data.fields.insert(key, value);
    return data;
}

// Steps 1 and 2 done with an enterprise verification: step 3 may go anywhere.
ProfileData readyForCertification(bool confirmed)
{
    return withSteps({{StepId::Register, StepStatus::Done}, {StepId::RealName, StepStatus::Done}},
        {{FieldKey::LoginName, QStringLiteral("acme")},
            {FieldKey::RealNameSubject, FieldValue::Enterprise},
            {FieldKey::RealNameMethod, FieldValue::MethodLegalRepFace},
            {FieldKey::CompanyName, QStringLiteral("ACME Ltd")},
            {FieldKey::NoPublicResources, confirmed ? FieldValue::True : FieldValue::False}});
}

// Step 2 waiting for the deposit of the bank-account method.
ProfileData waitingForDeposit()
{
    return withSteps(
        {{StepId::Register, StepStatus::Done}, {StepId::RealName, StepStatus::Waiting}},
        {{FieldKey::LoginName, QStringLiteral("acme")},
            {FieldKey::RealNameSubject, FieldValue::Enterprise},
            {FieldKey::RealNameMethod, FieldValue::MethodBankAccount},
            {FieldKey::CompanyName, QStringLiteral("ACME Ltd")}});
}

} // namespace

class TestStepModels : public QObject
{
    Q_OBJECT
private slots:
    void depositAttemptsEndInFailure();
    void depositNeedsAWellFormedAmount();
    void outcomeAndStatusAlwaysAgree_data();
    void outcomeAndStatusAlwaysAgree();
    void approvedOutcomeMakesTheStepDone();
    void outcomeRefusedWithTheStatusRules();
    void statusChoiceSetsTheOutcome();
    void refusalForResourcesWithdrawsTheConfirmation();
    void confirmingAgainStartsANewApplication();
    void enteredDataStartsTheStep_data();
    void enteredDataStartsTheStep();
    void stepWithDataCannotGoBackToNotStarted();
    void unavailableChoicesSayWhy();
    void pendingWarningHoldsOnlyTheStepsUsingIt();
    void invoiceProposalIsStoredOnlyWhenAccepted();
    void regionKeepsTheNetworkPossibleAndProposesAPlan();
    void storedContradictionsSettle_data();
    void storedContradictionsSettle();
    void signalsOnlyForWhatChanged();
    void needsAttentionFollowsALaterEdit();
    void waitingAdviceCountsWorkingDays_data();
    void waitingAdviceCountsWorkingDays();
    void waitingAdviceForEveryStep_data();
    void waitingAdviceForEveryStep();
    void waitingAdviceFollowsTheClockAndItsFields();
    void adviceSentencesJoinAsTheLanguageWrites();
};

void TestStepModels::depositAttemptsEndInFailure()
{
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(waitingForDeposit());
    RealNameStep step(profile);
    QVERIFY(step.isBankMethod());
    QVERIFY(step.isDepositShown());
    profile.setField(FieldKey::DepositAmount, QStringLiteral("0.35"));
    QVERIFY(step.mayRecordDeposit());
    QCOMPARE(step.depositWarning(), RealNameStep::DepositWarning::None);

    QVERIFY(step.recordDepositRefused().allowed);
    QCOMPARE(step.depositAttemptsUsed(), 1);
    QCOMPARE(profile.stepState(StepId::RealName).status, StepStatus::Waiting);
    QVERIFY(step.recordDepositRefused().allowed);
    QCOMPARE(step.depositWarning(), RealNameStep::DepositWarning::OneAttemptLeft);
    QCOMPARE(profile.stepState(StepId::RealName).status, StepStatus::Waiting);
    // The third refusal: every attempt used, the verification failed.
    QVERIFY(step.recordDepositRefused().allowed);
    QCOMPARE(step.depositAttemptsUsed(), FlowRules::MaxDepositAttempts);
    QCOMPARE(profile.stepState(StepId::RealName).status, StepStatus::Failed);
    QCOMPARE(step.depositWarning(), RealNameStep::DepositWarning::AllAttemptsUsed);
    QVERIFY(!step.mayRecordDeposit());
    QVERIFY(step.isDepositShown()); // failed: still shown, with the warning
    // No fourth attempt, whatever is clicked.
    QVERIFY(!step.recordDepositRefused().allowed);
    QVERIFY(!step.recordDepositAccepted().allowed);
    QCOMPARE(profile.field(FieldKey::DepositAttempts), QStringLiteral("3"));
}

void TestStepModels::depositNeedsAWellFormedAmount()
{
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(waitingForDeposit());
    RealNameStep step(profile);
    QVERIFY(!step.mayRecordDeposit()); // nothing typed
    profile.setField(FieldKey::DepositAmount, QStringLiteral("zero"));
    QVERIFY(!step.mayRecordDeposit());
    profile.setField(FieldKey::DepositAmount, QStringLiteral("0.35"));
    QVERIFY(step.mayRecordDeposit());
    QVERIFY(step.recordDepositAccepted().allowed);
    QCOMPARE(profile.stepState(StepId::RealName).status, StepStatus::Done);
    QVERIFY(!step.isDepositShown());
}

void TestStepModels::outcomeAndStatusAlwaysAgree_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<StepStatus>("status");
    for (const QString &outcome : CertificationStep::outcomes()) {
        for (StepStatus status : AllStatuses)
            QTest::addRow("%s from %s", qPrintable(outcome), qPrintable(statusKey(status)))
                << outcome << status;
    }
}

void TestStepModels::outcomeAndStatusAlwaysAgree()
{
    QFETCH(QString, outcome);
    QFETCH(StepStatus, status);
    const StepStatus follows = FlowRules::statusForOutcome(outcome, status);
    QVERIFY(FlowRules::outcomeAgrees(outcome, follows));
    const QString set = FlowRules::outcomeForStatus(status, outcome);
    QVERIFY(FlowRules::outcomeAgrees(set, status));
    // What already agrees is kept as it is.
    if (FlowRules::outcomeAgrees(outcome, status)) {
        QCOMPARE(follows, status);
        QCOMPARE(set, outcome);
    }
}

void TestStepModels::approvedOutcomeMakesTheStepDone()
{
    // Seen: "Submission outcome: Approved" next to "Status of this step: Not started".
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(readyForCertification(true));
    CertificationStep step(profile);
    QVERIFY(step.chooseOutcome(FieldValue::OutcomeApproved).allowed);
    QCOMPARE(profile.stepState(StepId::Certification).status, StepStatus::Done);
    QCOMPARE(step.status(), StepStatus::Done);
    QCOMPARE(step.outcome(), FieldValue::OutcomeApproved);
    QVERIFY(step.isConfirmationLocked());
    QVERIFY(step.chooseOutcome(FieldValue::OutcomeSubmitted).allowed);
    QCOMPARE(profile.stepState(StepId::Certification).status, StepStatus::Waiting);
    QCOMPARE(step.outcome(), FieldValue::OutcomeSubmitted);
}

void TestStepModels::outcomeRefusedWithTheStatusRules()
{
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(readyForCertification(false)); // not confirmed yet
    CertificationStep step(profile);
    const Verdict verdict = step.chooseOutcome(FieldValue::OutcomeApproved);
    QVERIFY(!verdict.allowed);
    QVERIFY(verdict.reasons.join(' ').contains(QStringLiteral("public-cloud")));
    QCOMPARE(step.outcomeVerdict(FieldValue::OutcomeApproved), verdict);
    QCOMPARE(step.outcome(), FieldValue::OutcomeNotSubmitted);
    QCOMPARE(profile.stepState(StepId::Certification).status, StepStatus::NotStarted);
    QVERIFY(step.outcomeVerdict(FieldValue::OutcomeFailed).allowed);
}

void TestStepModels::statusChoiceSetsTheOutcome()
{
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(readyForCertification(true));
    CertificationStep step(profile);
    QVERIFY(step.requestStatus(StepStatus::Waiting).allowed);
    QCOMPARE(step.outcome(), FieldValue::OutcomeSubmitted);
    QVERIFY(step.requestStatus(StepStatus::Done).allowed);
    QCOMPARE(step.outcome(), FieldValue::OutcomeApproved);
    QVERIFY(step.requestStatus(StepStatus::InProgress).allowed);
    QCOMPARE(step.outcome(), FieldValue::OutcomeNotSubmitted);
    QVERIFY(step.requestStatus(StepStatus::Failed).allowed);
    QCOMPARE(step.outcome(), FieldValue::OutcomeFailed);
}

void TestStepModels::refusalForResourcesWithdrawsTheConfirmation()
{
    // Seen: "Refused: the account holds public-cloud resources" next to the
    // ticked "this account holds no public-cloud resources".
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(readyForCertification(true));
    CertificationStep step(profile);
    QVERIFY(step.chooseOutcome(FieldValue::OutcomeSubmitted).allowed);
    QVERIFY(step.chooseOutcome(FieldValue::OutcomeRejectedPublicResources).allowed);
    QCOMPARE(profile.stepState(StepId::Certification).status, StepStatus::Failed);
    QVERIFY(!step.isConfirmed());
    QCOMPARE(profile.field(FieldKey::NoPublicResources), FieldValue::False);
}

void TestStepModels::confirmingAgainStartsANewApplication()
{
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(readyForCertification(true));
    CertificationStep step(profile);
    QVERIFY(step.chooseOutcome(FieldValue::OutcomeRejectedPublicResources).allowed);
    QVERIFY(step.setConfirmed(true).allowed);
    QCOMPARE(step.outcome(), FieldValue::OutcomeNotSubmitted);
    QCOMPARE(profile.stepState(StepId::Certification).status, StepStatus::InProgress);
    QVERIFY(step.isConfirmed());
}

void TestStepModels::enteredDataStartsTheStep_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<StepId>("step");
    QTest::addColumn<bool>("starts");
    QTest::newRow("login name") << FieldKey::LoginName << QStringLiteral("acme") << StepId::Register
                                << true;
    QTest::newRow("credit code") << FieldKey::CreditCode << QStringLiteral("91110108551385082Q")
                                 << StepId::RealName << true;
    // Seen: steps 4 and 5 stayed "not started" with every field filled.
    QTest::newRow("contract") << FieldKey::ContractKind << FieldValue::ContractOnline
                              << StepId::FinanceServices << true;
    QTest::newRow("invoice title")
        << FieldKey::InvoiceTitle << QStringLiteral("ACME Ltd") << StepId::FinanceServices << true;
    QTest::newRow("region") << FieldKey::RegionId << QStringLiteral("cn-shanghai-finance-1")
                            << StepId::Region << true;
    QTest::newRow("network") << FieldKey::NetworkType << FieldValue::NetworkVpc << StepId::Region
                             << true;
    // The profile's own name, and what a choice shows before anyone chose.
    QTest::newRow("company name") << FieldKey::CompanyName << QStringLiteral("ACME Ltd")
                                  << StepId::RealName << false;
    QTest::newRow("unticked box") << FieldKey::TopUpDone << FieldValue::False
                                  << StepId::FinanceServices << false;
    QTest::newRow("nothing to move")
        << FieldKey::FundTransfer << FieldValue::TransferNone << StepId::FinanceServices << false;
    QTest::newRow("blank") << FieldKey::InvoiceTitle << QStringLiteral("  ")
                           << StepId::FinanceServices << false;
}

void TestStepModels::enteredDataStartsTheStep()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(StepId, step);
    QFETCH(bool, starts);
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(withSteps({}, {}));
    profile.setField(key, value);
    QCOMPARE(
        profile.stepState(step).status, starts ? StepStatus::InProgress : StepStatus::NotStarted);
    if (starts)
        QCOMPARE(profile.stepState(step).since, Now);
    // The other steps are untouched.
    for (StepId other : AllSteps) {
        if (other != step)
            QCOMPARE(profile.stepState(other).status, StepStatus::NotStarted);
    }
}

void TestStepModels::stepWithDataCannotGoBackToNotStarted()
{
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(withSteps({}, {}));
    StepModel step(StepId::Register, profile);
    profile.setField(FieldKey::LoginName, QStringLiteral("acme"));
    QCOMPARE(step.status(), StepStatus::InProgress);
    const Verdict verdict = step.requestStatus(StepStatus::NotStarted);
    QVERIFY(!verdict.allowed);
    QVERIFY(verdict.reasons.join(' ').contains(QStringLiteral("entered data")));
    profile.setField(FieldKey::LoginName, QString());
    QVERIFY(step.requestStatus(StepStatus::NotStarted).allowed);
}

void TestStepModels::unavailableChoicesSayWhy()
{
    // Seen: step 2 greyed out "Submitted" and "Done" without a word why.
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(withSteps({}, {}));
    StepModel step(StepId::RealName, profile);
    const QString text = step.unavailableChoices();
    QVERIFY2(text.contains(QStringLiteral("Step 1 (Register an account) must be done first")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Done")));
    QVERIFY(text.contains(QStringLiteral("Submitted, waiting for review")));
    for (const StatusChoice &choice : step.statusChoices())
        QCOMPARE(choice.verdict.reasons.isEmpty(), choice.verdict.allowed);

    // Once step 1 is done the reason goes; the step's own needs remain.
    QSignalSpy choices(&step, &StepModel::statusChoicesChanged);
    profile.setField(FieldKey::LoginName, QStringLiteral("acme"));
    QVERIFY(profile.requestStatus(StepId::Register, StepStatus::Done).allowed);
    QVERIFY(!choices.isEmpty());
    QVERIFY(!step.unavailableChoices().contains(QStringLiteral("Step 1")));
    QVERIFY(step.unavailableChoices().contains(QStringLiteral("verification method")));
}

void TestStepModels::pendingWarningHoldsOnlyTheStepsUsingIt()
{
    // Seen: a credit-code warning without a reason disabled Next and the
    // sidebar's later steps with no word why.
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(withSteps({}, {{FieldKey::CompanyName, QStringLiteral("ACME Ltd")}}));
    StepModel step(StepId::RealName, profile);
    QVERIFY(step.readyToLeave());
    QSignalSpy ready(&step, &StepModel::readyToLeaveChanged);
    profile.setField(FieldKey::CreditCode, QStringLiteral("914403001922038217")); // check fails
    QVERIFY(!step.readyToLeave());
    QCOMPARE(ready.count(), 1);
    QCOMPARE(step.holdBack().size(), 1);
    QVERIFY(step.holdBack().constFirst().contains(QStringLiteral("credit code")));
    QVERIFY(step.holdBack().constFirst().contains(QStringLiteral("reason")));
    // The company data is used by steps 3 and 4, not by 5 (nor step 1's by any).
    QVERIFY(FlowRules::usesDataOf(StepId::Certification, StepId::RealName));
    QVERIFY(FlowRules::usesDataOf(StepId::FinanceServices, StepId::RealName));
    QVERIFY(!FlowRules::usesDataOf(StepId::Region, StepId::RealName));
    for (StepId later : AllSteps)
        QVERIFY(!FlowRules::usesDataOf(later, StepId::Register));

    profile.setField(FieldKey::CreditCodeOverride, QStringLiteral("printed so on the licence"));
    QVERIFY(step.readyToLeave());
    QVERIFY(step.holdBack().isEmpty());
    QCOMPARE(ready.count(), 2);
}

void TestStepModels::invoiceProposalIsStoredOnlyWhenAccepted()
{
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(withSteps({},
        {{FieldKey::CompanyName, QStringLiteral("ACME Ltd")},
            {FieldKey::CreditCode, QStringLiteral("91110108551385082Q")}}));
    FinanceServicesStep step(profile);
    QCOMPARE(step.invoiceTitleProposal(), QStringLiteral("ACME Ltd"));
    QCOMPARE(step.taxpayerIdProposal(), QStringLiteral("91110108551385082Q"));
    QVERIFY(profile.field(FieldKey::InvoiceTitle).isEmpty());
    QCOMPARE(step.status(), StepStatus::NotStarted);

    step.acceptProposals();
    QCOMPARE(profile.field(FieldKey::InvoiceTitle), QStringLiteral("ACME Ltd"));
    QCOMPARE(profile.field(FieldKey::TaxpayerId), QStringLiteral("91110108551385082Q"));
    QVERIFY(!step.hasProposals());
    QCOMPARE(step.status(), StepStatus::InProgress);
    // A typed title is never replaced by a proposal.
    profile.setField(FieldKey::InvoiceTitle, QStringLiteral("ACME Shanghai Branch"));
    profile.setField(FieldKey::CompanyName, QStringLiteral("ACME Holdings"));
    QVERIFY(step.invoiceTitleProposal().isEmpty());
}

void TestStepModels::regionKeepsTheNetworkPossibleAndProposesAPlan()
{
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(withSteps({}, {}));
    RegionStep step(profile, RegionCatalogue::today(), RegionCatalogue::guide());
    const QString hangzhou = QStringLiteral("cn-hangzhou-finance");
    const QString shenzhen = QStringLiteral("cn-shenzhen-finance-1");
    // Today's table offers no classic network, Hangzhou included: a new
    // choice of it is refused.
    step.chooseRegion(hangzhou);
    QVERIFY(!step.isClassicOffered());
    step.chooseNetwork(FieldValue::NetworkClassic);
    QVERIFY(step.network().isEmpty());
    // One the profile made under the guide's table is kept as it is…
    profile.setField(FieldKey::NetworkType, FieldValue::NetworkClassic);
    QVERIFY(step.isClassicKept());
    QVERIFY(!step.isVpcPlanProposed());
    step.chooseRegion(hangzhou); // the same region: no new choice
    QCOMPARE(step.network(), FieldValue::NetworkClassic);
    step.chooseNetwork(FieldValue::NetworkClassic); // what is stored stays storable
    QCOMPARE(step.network(), FieldValue::NetworkClassic);
    // … until the user chooses another region, which offers VPC only.
    step.chooseRegion(shenzhen);
    QCOMPARE(step.network(), FieldValue::NetworkVpc);
    QVERIFY(!step.isClassicKept());
    QVERIFY(!step.isClassicOffered());
    QVERIFY(!step.isInvitationalPreview());
    step.chooseRegion(QStringLiteral("cn-beijing-finance-1"));
    QVERIFY(step.isInvitationalPreview());
    QCOMPARE(step.region()->zoneCount, 3);
    step.chooseRegion(shenzhen);
    QCOMPARE(step.region()->zoneCount, 4); // today's entry, not the guide's 2

    // A VPC without a plan: proposed, not stored, and nothing wrong yet.
    QVERIFY(step.isVpcPlanProposed());
    QVERIFY(profile.field(FieldKey::VpcCidr).isEmpty());
    QVERIFY(step.readyToLeave());
    step.acceptProposal();
    QCOMPARE(profile.field(FieldKey::VpcCidr), RegionStep::proposal().vpcCidr);
    QVERIFY(!step.isVpcPlanProposed());
    QVERIFY(step.readyToLeave());
}

void TestStepModels::storedContradictionsSettle_data()
{
    QTest::addColumn<ProfileData>("stored");
    QTest::addColumn<StepStatus>("certification");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("confirmed");

    ProfileData approved = readyForCertification(true);
    approved.fields.insert(FieldKey::CertificationOutcome, FieldValue::OutcomeApproved);
    QTest::newRow("approved but not started")
        << approved << StepStatus::Done << FieldValue::OutcomeApproved << true;

    ProfileData rejected = readyForCertification(true);
    rejected.fields.insert(
        FieldKey::CertificationOutcome, FieldValue::OutcomeRejectedPublicResources);
    rejected.step(StepId::Certification).status = StepStatus::Failed;
    QTest::newRow("refused for resources, still confirmed")
        << rejected << StepStatus::Failed << FieldValue::OutcomeRejectedPublicResources << false;

    ProfileData waiting = readyForCertification(true);
    waiting.step(StepId::Certification).status = StepStatus::Waiting;
    QTest::newRow("waiting, no outcome recorded")
        << waiting << StepStatus::Waiting << FieldValue::OutcomeSubmitted << true;

    ProfileData agreeing = readyForCertification(true);
    agreeing.step(StepId::Certification).status = StepStatus::InProgress;
    QTest::newRow("already agreeing") << agreeing << StepStatus::InProgress << QString() << true;
}

void TestStepModels::storedContradictionsSettle()
{
    QFETCH(ProfileData, stored);
    QFETCH(StepStatus, certification);
    QFETCH(QString, outcome);
    QFETCH(bool, confirmed);
    ProfileData settled = stored;
    const Settlement settlement = FlowRules::settle(stored);
    for (const auto &[key, value] : settlement.fields)
        settled.fields.insert(key, value);
    for (const auto &[step, status] : settlement.statuses)
        settled.step(step).status = status;
    QCOMPARE(settled.status(StepId::Certification), certification);
    QCOMPARE(settled.field(FieldKey::CertificationOutcome), outcome);
    QCOMPARE(settled.isTrue(FieldKey::NoPublicResources), confirmed);
    QVERIFY(FlowRules::outcomeAgrees(outcome, certification));
    // Settled once, nothing is left to settle.
    QVERIFY(FlowRules::settle(settled).isEmpty());
}

void TestStepModels::signalsOnlyForWhatChanged()
{
    FixedClock clock(Now);
    Profile profile(clock);
    profile.load(waitingForDeposit());
    RealNameStep realName(profile);
    CertificationStep certification(profile);
    QSignalSpy subject(&realName, &RealNameStep::subjectChanged);
    QSignalSpy deposit(&realName, &RealNameStep::depositChanged);
    QSignalSpy status(&realName, &StepModel::statusChanged);
    QSignalSpy outcome(&certification, &CertificationStep::outcomeChanged);
    QSignalSpy confirmation(&certification, &CertificationStep::confirmationChanged);
    // Typing a bank name changes nothing either model shows.
    for (const QString &typed : {QStringLiteral("B"), QStringLiteral("Ba"), QStringLiteral("Bank")})
        profile.setField(FieldKey::BankName, typed);
    QCOMPARE(subject.count() + deposit.count() + status.count(), 0);
    QCOMPARE(outcome.count() + confirmation.count(), 0);
    // A well-formed amount: only the deposit changes.
    profile.setField(FieldKey::DepositAmount, QStringLiteral("0.35"));
    QCOMPARE(deposit.count(), 1);
    QCOMPARE(subject.count() + status.count(), 0);
}

void TestStepModels::needsAttentionFollowsALaterEdit()
{
    FixedClock clock(Now);
    Profile profile(clock);
    ProfileData data = readyForCertification(true);
    data.step(StepId::Certification).status = StepStatus::Done;
    profile.load(data);
    CertificationStep certification(profile);
    QVERIFY(!certification.needsAttention());
    QSignalSpy attention(&certification, &StepModel::needsAttentionChanged);
    profile.setField(FieldKey::BankName, QStringLiteral("Bank"));
    QCOMPARE(attention.count(), 0);
    // Step 2 turns into a personal verification: step 3's "done" no longer stands.
    profile.setField(FieldKey::RealNameSubject, FieldValue::Personal);
    QVERIFY(certification.needsAttention());
    QCOMPARE(attention.count(), 1);
    profile.setField(FieldKey::RealNameSubject, FieldValue::Enterprise);
    QVERIFY(!certification.needsAttention());
    QCOMPARE(attention.count(), 2);
}

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

QDateTime shanghai(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Shanghai);
}

// Step 2 by bank account, submitted (set to waiting) at `submitted`.
void submitDeposit(Profile &profile, FixedClock &clock, const QDateTime &submitted)
{
    ProfileData data = waitingForDeposit();
    data.step(StepId::RealName).status = StepStatus::InProgress;
    data.fields.insert(FieldKey::LicenceNumber, QStringLiteral("110000000012345"));
    clock.set(submitted);
    profile.load(data);
    QVERIFY(profile.requestStatus(StepId::RealName, StepStatus::Waiting).allowed);
}

} // namespace

void TestStepModels::waitingAdviceCountsWorkingDays_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<WaitingAdvice::Urgency>("urgency");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<int>("overdue");
    QTest::addColumn<QDate>("overdueFrom");
    using U = WaitingAdvice::Urgency;
    // Monday 2 November: three working days end on Thursday the 5th.
    QTest::newRow("not yet due") << shanghai(11, 2) << shanghai(11, 4) << U::Pending
                                 << QDate(2026, 11, 5) << 0 << QDate();
    QTest::newRow("due today") << shanghai(11, 2) << shanghai(11, 5, 23) << U::Due
                               << QDate(2026, 11, 5) << 0 << QDate();
    QTest::newRow("overdue by 1") << shanghai(11, 2) << shanghai(11, 6, 8) << U::Overdue
                                  << QDate(2026, 11, 5) << 1 << QDate();
    // Friday 6th, Monday 9th, Tuesday 10th: the weekend does not count.
    QTest::newRow("overdue across a weekend")
        << shanghai(11, 2) << shanghai(11, 10) << U::Overdue << QDate(2026, 11, 5) << 3 << QDate();
    // Tuesday 3rd: due on Friday the 6th; on Saturday no working day has
    // passed since, so it is due, and overdue from Monday the 9th.
    QTest::newRow("past due on a weekend") << shanghai(11, 3) << shanghai(11, 7) << U::Due
                                           << QDate(2026, 11, 6) << 0 << QDate(2026, 11, 9);
    // Wednesday 23 September: 24th, (Mid-Autumn 25th–27th), 28th, 29th.
    QTest::newRow("due after the Mid-Autumn holiday")
        << shanghai(9, 23) << shanghai(9, 28) << U::Pending << QDate(2026, 9, 29) << 0 << QDate();
    // 30 September, (National Day 1st–7th), 8th, 9th, and Saturday the 10th,
    // a working day by the State Council's notice.
    QTest::newRow("overdue across National Day")
        << shanghai(9, 23) << shanghai(10, 5) << U::Overdue << QDate(2026, 9, 29) << 1 << QDate();
    QTest::newRow("overdue on an adjusted working Saturday")
        << shanghai(9, 23) << shanghai(10, 10) << U::Overdue << QDate(2026, 9, 29) << 4 << QDate();
}

void TestStepModels::waitingAdviceCountsWorkingDays()
{
    QFETCH(QDateTime, submitted);
    QFETCH(QDateTime, now);
    QFETCH(WaitingAdvice::Urgency, urgency);
    QFETCH(QDate, expected);
    QFETCH(int, overdue);
    QFETCH(QDate, overdueFrom);
    FixedClock clock(submitted, Shanghai);
    Profile profile(clock);
    RealNameStep step(profile);
    submitDeposit(profile, clock, submitted);
    clock.set(now);
    step.recheckTime();

    const WaitingAdvice &advice = step.waitingAdvice();
    QCOMPARE(advice.step(), StepId::RealName);
    QCOMPARE(advice.urgency(), urgency);
    QCOMPARE(advice.since(), submitted.toUTC());
    QCOMPARE(advice.expectedBy().toTimeZone(Shanghai).date(), expected);
    QCOMPARE(advice.overdueWorkingDays(), overdue);
    QCOMPARE(advice.overdueFrom(), overdueFrom);
    const QString situation = advice.situation();
    QVERIFY2(situation.contains(DateText::date(expected)), qPrintable(situation));
    QVERIFY2(situation.contains(DateText::date(submitted.date())), qPrintable(situation));
    if (overdue > 0)
        QVERIFY2(situation.contains(overdue == 1
                         ? QStringLiteral("overdue by 1 working day.")
                         : QStringLiteral("overdue by %1 working days.").arg(overdue)),
            qPrintable(situation));
    else
        QVERIFY2(!situation.contains(QStringLiteral("overdue by")), qPrintable(situation));
    if (overdueFrom.isValid())
        QVERIFY2(situation.contains(DateText::date(overdueFrom)), qPrintable(situation));
    // Once due, what to do names the guide's contact and what to give them;
    // before, how the deposit goes on.
    const QString what = advice.whatToDo();
    QCOMPARE(advice.namesContact(), urgency != WaitingAdvice::Urgency::Pending);
    if (urgency != WaitingAdvice::Urgency::Pending) {
        QVERIFY2(what.contains(QStringLiteral("jr@service.alibaba.com")), qPrintable(what));
        QVERIFY2(what.contains(QStringLiteral("ACME Ltd")), qPrintable(what));
        QVERIFY2(
            what.contains(QStringLiteral("营业执照注册号: 110000000012345")), qPrintable(what));
        QVERIFY2(what.contains(QStringLiteral("实名认证 → 企业/政府实名认证")), qPrintable(what));
    } else {
        QVERIFY2(what.contains(QStringLiteral("2–3 working days")), qPrintable(what));
    }
    QVERIFY(advice.caveat().isEmpty()); // 2026's holidays are known
}

void TestStepModels::waitingAdviceForEveryStep_data()
{
    QTest::addColumn<StepId>("step");
    QTest::addColumn<QString>("method"); // of step 2
    QTest::addColumn<QString>("contract"); // of step 4
    QTest::addColumn<bool>("namesContact");
    QTest::addColumn<QString>("advice"); // a part of what to do
    QTest::newRow("1 register") << StepId::Register << QString() << QString() << false
                                << QStringLiteral("mark it done");
    QTest::newRow("2 real name, instant method")
        << StepId::RealName << FieldValue::MethodLegalRepFace << QString() << true
        << QStringLiteral("completes at once");
    QTest::newRow("3 certification") << StepId::Certification << QString() << QString() << true
                                     << QStringLiteral("金融客户认证");
    QTest::newRow("4 finance services, paper contract")
        << StepId::FinanceServices << QString() << FieldValue::ContractOffline << true
        << QStringLiteral("paper contract");
    QTest::newRow("4 finance services, online contract")
        << StepId::FinanceServices << QString() << FieldValue::ContractOnline << false
        << QStringLiteral("账户资产");
    QTest::newRow("5 region") << StepId::Region << QString() << QString() << false
                              << QStringLiteral("mark it done");
}

void TestStepModels::waitingAdviceForEveryStep()
{
    QFETCH(StepId, step);
    QFETCH(QString, method);
    QFETCH(QString, contract);
    QFETCH(bool, namesContact);
    QFETCH(QString, advice);
    FixedClock clock(shanghai(11, 2), Shanghai);
    Profile profile(clock);
    ProfileData data = readyForCertification(true);
    if (!method.isEmpty())
        data.fields.insert(FieldKey::RealNameMethod, method);
    if (!contract.isEmpty())
        data.fields.insert(FieldKey::ContractKind, contract);
    data.step(step).status = StepStatus::Waiting;
    data.step(step).since = shanghai(11, 2);
    profile.load(data);
    std::unique_ptr<StepModel> model(StepModel::create(step, profile, nullptr));
    QCOMPARE(model->waitingAdvice().urgency(), WaitingAdvice::Urgency::Pending);
    // No duration is known for any of these: no date is made up, and the
    // step is never overdue, however long it waits.
    clock.set(shanghai(12, 30));
    model->recheckTime();
    const WaitingAdvice &waiting = model->waitingAdvice();
    QCOMPARE(waiting.urgency(), WaitingAdvice::Urgency::Pending);
    QVERIFY(!waiting.expectedBy().isValid());
    QVERIFY2(waiting.situation().startsWith(QStringLiteral("Step %1 (").arg(stepNumber(step))),
        qPrintable(waiting.situation()));
    QVERIFY2(waiting.situation().contains(QStringLiteral("no duration")),
        qPrintable(waiting.situation()));
    QCOMPARE(waiting.namesContact(), namesContact);
    QVERIFY2(waiting.whatToDo().contains(advice), qPrintable(waiting.whatToDo()));
    // Not waiting: no advice.
    profile.load(readyForCertification(true));
    QVERIFY(!model->waitingAdvice().isWaiting());
    QCOMPARE(model->waitingAdvice().situation(), QString());
}

void TestStepModels::waitingAdviceFollowsTheClockAndItsFields()
{
    FixedClock clock(shanghai(11, 2), Shanghai);
    Profile profile(clock);
    RealNameStep step(profile);
    CertificationStep certification(profile);
    submitDeposit(profile, clock, shanghai(11, 2));
    QSignalSpy changed(&step, &StepModel::waitingAdviceChanged);
    QSignalSpy other(&certification, &StepModel::waitingAdviceChanged);
    // The same day, later: nothing to say anew.
    clock.set(shanghai(11, 2, 18));
    step.recheckTime();
    QCOMPARE(changed.count(), 0);
    // Typing elsewhere changes nothing either.
    profile.setField(FieldKey::BankName, QStringLiteral("Bank"));
    QCOMPARE(changed.count(), 0);
    clock.set(shanghai(11, 6));
    step.recheckTime();
    QCOMPARE(changed.count(), 1);
    QVERIFY(step.waitingAdvice().isOverdue());
    // The company's name is what the staff ask for: the advice quotes it.
    profile.setField(FieldKey::CompanyName, QStringLiteral("ACME Holdings"));
    QCOMPARE(changed.count(), 2);
    QVERIFY(step.waitingAdvice().whatToDo().contains(QStringLiteral("ACME Holdings")));
    // Done: no advice any more; step 3 never waited.
    QVERIFY(profile.requestStatus(StepId::RealName, StepStatus::Done).allowed);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!step.waitingAdvice().isWaiting());
    QCOMPARE(other.count(), 0);
}

void TestStepModels::adviceSentencesJoinAsTheLanguageWrites()
{
    QCOMPARE(WaitingAdvice::joinSentences(
                 {QStringLiteral("It waits."), QString(), QStringLiteral("Write to us.")}),
        QStringLiteral("It waits. Write to us."));
    QCOMPARE(WaitingAdvice::joinSentences({QStringLiteral("已逾期。"), QStringLiteral("请联系。")}),
        QStringLiteral("已逾期。请联系。"));
}

QTEST_GUILESS_MAIN(TestStepModels)
#include "tst_stepmodels.moc"
