# Precompiled Qt headers, for build time only (CI builds everything twice on
# two cores). Parsing Qt's headers is most of the work of a compile here: a
# file that includes only QWidget, QLineEdit and QTest takes 6.5 s. Each list
# holds what many files of a layer include anyway. A target gets its own
# precompiled header (target_precompile_headers with a list) or reuses one
# (REUSE_FROM) whose compiler flags and definitions it shares: gcc rejects a
# mismatching one with -Winvalid-pch (an error with -Werror), clang always does.
#
# With ccache (2 cores, target fincloud_core, 88 files, RelWithDebInfo;
# issue 22): from clean with an empty cache, precompiled headers take 335 CPU
# seconds, without 583 (86 of the files); from clean with a warm cache, every file hits either
# way, but with them 46 CPU seconds, without 15, because ccache hashes the
# whole 182 MB .gch for every file and restores it. So they stay on (a
# developer's changed file, an empty CI cache), and a CI machine that keeps a
# warm cache builds faster with -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON once
# that build compiles: a precompiled header hides a missing #include (one
# found so far, in app/storage).

# QtCore only: usable by every library.
set(FINCLOUD_PCH_QT_CORE
    <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDate> <QtCore/QDateTime>
    <QtCore/QDir> <QtCore/QFile> <QtCore/QFileInfo> <QtCore/QHash> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList> <QtCore/QLocale>
    <QtCore/QObject> <QtCore/QPointer> <QtCore/QProcessEnvironment>
    <QtCore/QRegularExpression> <QtCore/QStandardPaths> <QtCore/QString>
    <QtCore/QStringList> <QtCore/QTextStream> <QtCore/QThread> <QtCore/QTimeZone>
    <QtCore/QTimer> <QtCore/QUrl> <QtCore/QVariant>
    <algorithm> <functional> <memory> <optional>)

# The QtWidgets layer and the tests.
set(FINCLOUD_PCH_QT_WIDGETS ${FINCLOUD_PCH_QT_CORE}
    <QtGui/QPainter> <QtWidgets/QAbstractButton> <QtWidgets/QApplication>
    <QtWidgets/QButtonGroup> <QtWidgets/QCheckBox> <QtWidgets/QComboBox>
    <QtWidgets/QDialog> <QtWidgets/QDialogButtonBox> <QtWidgets/QFormLayout>
    <QtWidgets/QFrame> <QtWidgets/QHBoxLayout> <QtWidgets/QHeaderView> <QtWidgets/QLabel>
    <QtWidgets/QLineEdit> <QtWidgets/QMessageBox> <QtWidgets/QPushButton>
    <QtWidgets/QRadioButton> <QtWidgets/QTableWidget> <QtWidgets/QToolButton>
    <QtWidgets/QVBoxLayout> <QtWidgets/QWidget> <QtWidgets/QWizard> <QtWidgets/QWizardPage>)

# The tests also use QtSql and QtNetwork directly. QtTest itself stays out:
# its headers test QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR, which Qt
# defines per test folder, so one shared header could not hold them.
set(FINCLOUD_PCH_QT_TESTS ${FINCLOUD_PCH_QT_WIDGETS}
    <QtCore/QElapsedTimer> <QtCore/QProcess> <QtCore/QTemporaryDir>
    <QtNetwork/QNetworkAccessManager> <QtSql/QSqlDatabase> <QtSql/QSqlError>
    <QtSql/QSqlQuery>)
