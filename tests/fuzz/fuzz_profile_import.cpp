// Fuzzes the profile-file reader behind `import` and Import… (pure parse and
// checks, no store): any bytes give either a refusal with a message, or
// content that keeps every promise of the reader (known keys only, no
// secret, steps in an order the flow rules allow) and that reads back the
// same after it is written out again.
#include "FuzzInput.h"

#include "exchange/ExchangeFormat.h"
#include "exchange/ProfileExport.h"
#include "exchange/ProfileFileReader.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"

using FuzzInput::require;

namespace {
const QDate Today(2026, 11, 28);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ProfileFileContent> read = ProfileFileReader::read(bytes, Today);
    if (!read) {
        require(!read.error().message.isEmpty());
        require(read.error().code == ProfileFileReader::RejectedCode);
        return 0;
    }
    const ProfileFileContent &content = read.value();
    require(!content.profile.field(FieldKey::CompanyName).trimmed().isEmpty());
    for (auto it = content.profile.fields.cbegin(); it != content.profile.fields.cend(); ++it) {
        require(FieldKey::Stored.contains(it.key()));
        require(!ExchangeFormat::namesSecret(it.key()));
        require(!ExchangeFormat::looksLikeAccessKeyId(it.value()));
    }
    for (StepId step : AllSteps) {
        const StepState &state = content.profile.step(step);
        if (isPastInProgress(state.status))
            require(FlowRules::blockers(content.profile, step).isEmpty());
        require(!state.expectedBy.isValid() || state.status == StepStatus::Waiting);
    }
    for (const ProfileEvent &event : content.events)
        require(event.at.isValid());

    // Written out and read again, nothing changes.
    const Result<QByteArray> written = ProfileExport::toJson(content);
    require(written.ok());
    const Result<ProfileFileContent> again = ProfileFileReader::read(written.value(), Today);
    require(again.ok());
    require(again.value().profile.fields == content.profile.fields);
    require(again.value().profile.steps == content.profile.steps);
    require(again.value().profile.currentPage == content.profile.currentPage);
    require(again.value().events.size() == content.events.size());
    return 0;
}
