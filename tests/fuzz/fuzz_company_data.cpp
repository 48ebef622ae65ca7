// Fuzzes the company-data file reader behind `check-data` (and, later, the
// prefill file): any bytes give either an error or one verdict per key, and
// never a crash.
#include "FuzzInput.h"

#include "validation/CompanyDataFile.h"

using FuzzInput::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QList<CheckedField>> checked = CompanyDataFile::check(bytes, QDate(2026, 11, 28));
    if (!checked) {
        require(!checked.error().message.isEmpty());
        return 0;
    }
    for (const CheckedField &field : checked.value()) {
        require(!field.key.isNull());
        require(field.verdict.level == FieldVerdict::Ok || !field.verdict.message.isEmpty());
    }
    return 0;
}
