// What every validation fuzz target shares: the bytes read as UTF-8 and as
// Latin-1, and the invariants every verdict must keep. A broken invariant
// aborts, so libFuzzer records the input; nothing here may print or recover.
#pragma once

#include "validation/FieldVerdict.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>

namespace FuzzInput {

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

// Calls `test` with the bytes decoded both ways.
inline void forEachDecoding(
    const uint8_t *data, size_t size, const std::function<void(const QString &)> &test)
{
    const auto *chars = reinterpret_cast<const char *>(data);
    test(QString::fromUtf8(chars, qsizetype(size)));
    test(QString::fromLatin1(chars, qsizetype(size)));
}

inline bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return false;
    }
    return true;
}

// A finding has a message; a value that is not an error checks again to the
// same verdict, so storing `normalized` and checking it later changes nothing.
inline FieldVerdict checked(
    const std::function<FieldVerdict(const QString &)> &check, const QString &input)
{
    const FieldVerdict verdict = check(input);
    require(verdict.level >= FieldVerdict::Ok && verdict.level <= FieldVerdict::Error);
    require(verdict.level == FieldVerdict::Ok || !verdict.message.isEmpty());
    if (verdict.blocks())
        return verdict;
    const FieldVerdict again = check(verdict.normalized);
    require(again.level == verdict.level);
    require(again.normalized == verdict.normalized);
    return verdict;
}

} // namespace FuzzInput
