// Errors as values: what a layer returns instead of throwing. An Error carries
// a sentence for the user (already translated) and details for support staff.
// Never put a secret into either.
#pragma once

#include <QString>

#include <utility>
#include <variant>

struct Error
{
    QString message; // shown to the user
    QString details; // technical: driver text, codes, paths
    // For callers that react to a kind of error; empty for the others. A
    // string, so that any layer can name its kinds without this header
    // knowing them; a layer with many kinds reads them typed (the store:
    // storeErrorKind()), others compare their named constants
    // (PrefillApplier::RefusedCode).
    QString code = {};
};

template<typename T = std::monostate>
class Result
{
public:
    Result() requires std::is_same_v<T, std::monostate> : m_value(std::monostate {}) { }
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_value(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};
