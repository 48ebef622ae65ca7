// A notice in one of the guide's four levels (Danger, Warning, Caution, Note),
// styled the same on every page. Holds text only; never decides when to show.
#pragma once

#include "PaletteTints.h"

#include <QFrame>

class QLabel;

class Callout : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Danger, Warning, Caution, Note };
    Q_ENUM(Level)

    explicit Callout(Level level, QWidget *parent = nullptr);

    Level level() const { return m_level; }
    void setLevel(Level level);
    void setText(const QString &text);
    QString text() const;

    static QString levelName(Level level); // translated: "Danger", "禁止" …
    static PaletteTints::Tone tone(Level level);
    // For text in this level's colour on `palette`'s `background`: readable there.
    static QColor accentColour(
        Level level, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

protected:
    void paintEvent(QPaintEvent *event) override;
    // The user's palette changed (a dark scheme): the colours follow it.
    void changeEvent(QEvent *event) override;

private:
    // The colours of the level, and what is said about it.
    void applyLevel();
    // The labels' text colours for the level on the palette as it is now.
    void applyColours();
    // The heading and the accessible name and description.
    void describe();

    Level m_level;
    QLabel *m_heading;
    QLabel *m_body;
};
