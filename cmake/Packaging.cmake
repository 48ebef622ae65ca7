# Desktop integration and the Debian package: the application id, where
# cmake --install puts the desktop file, the AppStream metainfo and the icons,
# and the CPack settings for `cmake --build build --target package`.
# Included from the top CMakeLists.txt before the targets, so that the id
# reaches every target as a compile definition.
include(GNUInstallDirs)

# The one application id: file names in packaging/, the icon name, the
# metainfo id and QGuiApplication::setDesktopFileName() (FINCLOUD_APP_ID).
set(FINCLOUD_APP_ID "io.github.fincloud_onboard.wizard")
add_compile_definitions(FINCLOUD_APP_ID="${FINCLOUD_APP_ID}")

set(FINCLOUD_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(FINCLOUD_DESKTOP_FILE "${FINCLOUD_PACKAGING_DIR}/${FINCLOUD_APP_ID}.desktop")
set(FINCLOUD_METAINFO_FILE "${FINCLOUD_PACKAGING_DIR}/${FINCLOUD_APP_ID}.metainfo.xml")
set(FINCLOUD_ICON_DIR "${FINCLOUD_PACKAGING_DIR}/icons")
set(FINCLOUD_ICON_SIZES 16 24 32 48 64 128 256)
foreach(file IN ITEMS "${FINCLOUD_DESKTOP_FILE}" "${FINCLOUD_METAINFO_FILE}"
        "${FINCLOUD_ICON_DIR}/${FINCLOUD_APP_ID}.svg")
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "Missing ${file}: packaging/ files are named after the "
            "application id ${FINCLOUD_APP_ID}")
    endif()
endforeach()

# The licence is the one the AppStream metadata states (<project_license>):
# the About box shows FINCLOUD_LICENSE, so a new licence is written in the
# metainfo only.
file(STRINGS "${FINCLOUD_METAINFO_FILE}" FINCLOUD_LICENSE
    REGEX "<project_license>[^<]+</project_license>" LIMIT_COUNT 1)
string(REGEX REPLACE ".*<project_license>([^<]+)</project_license>.*" "\\1"
    FINCLOUD_LICENSE "${FINCLOUD_LICENSE}")
if(NOT FINCLOUD_LICENSE)
    message(FATAL_ERROR "${FINCLOUD_METAINFO_FILE} states no <project_license>")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${FINCLOUD_METAINFO_FILE}")

install(FILES "${FINCLOUD_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${FINCLOUD_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${FINCLOUD_ICON_DIR}/${FINCLOUD_APP_ID}.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size IN LISTS FINCLOUD_ICON_SIZES)
    install(FILES "${FINCLOUD_ICON_DIR}/hicolor/${size}x${size}/apps/${FINCLOUD_APP_ID}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
# Translations are compiled into the program (:/i18n), so none are installed.

# The Debian package. The shared-library scan (dpkg-shlibdeps) finds the Qt
# libraries the program links; what Qt and QtKeychain load at run time as
# plug-ins or with dlopen() it cannot see, so that is named here.
set(FINCLOUD_PACKAGE_MAINTAINER "fincloud-onboard developers <packaging@fincloud-onboard.invalid>"
    CACHE STRING "Maintainer field of the Debian package (Name <e-mail>)")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fincloud-onboard)
set(CPACK_PACKAGE_VENDOR "The fincloud-onboard developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Alibaba Cloud Finance Cloud onboarding wizard")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop wizard (Qt 6) that takes an enterprise from a new Alibaba Cloud\n"
    "account to a planned Finance Cloud environment in five steps: register,\n"
    "real-name verification, Finance Cloud certification, finance services,\n"
    "region and network. It checks company data before it is submitted, keeps\n"
    "the progress in a local SQLite database (or a shared PostgreSQL one) and\n"
    "speaks English and Simplified Chinese.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FINCLOUD_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver is a Qt plug-in: without it no progress can be stored.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Optional features: the shared PostgreSQL store, the OS keychain for a
# remembered AccessKey (QtKeychain opens libsecret at run time; without it the
# key is kept for the session only), Qt's own dialog texts in Chinese, and the
# CJK font the Chinese pages and the screenshot tour use.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libqt6sql6-psql, libsecret-1-0, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/_CPack_Packages/")
include(CPack)
