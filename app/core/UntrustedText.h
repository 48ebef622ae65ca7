// Text from outside the program (a file the user passed, an answer or error
// body from a server) made safe to print on a terminal: control characters
// (C0, DEL, C1), the line and paragraph separators and the bidirectional
// embeddings, overrides and isolates are shown as JSON-style escapes (ESC as
// \u001b), so the text cannot move the cursor, change colours, retitle the
// window, fake further lines or reorder what is shown. Everything else,
// Chinese included, is kept. A backslash is kept too: the aim is a safe
// terminal, not a reversible encoding.
// Pure. It is not a redactor (secrets need the Redactor), and it must never be
// the only thing between a server's text and the user when that text may
// carry a secret.
#pragma once

#include <QString>
#include <QStringView>

class UntrustedText
{
public:
    // The text with every character isEscaped() says as \uXXXX.
    static QString printable(QStringView text);
    // The same, line by line: for a message of several lines that holds text
    // from outside. A line feed in the outside text splits a line, but shows
    // nothing else.
    static QString printableLines(QStringView text);
    static bool isEscaped(QChar character);
};
