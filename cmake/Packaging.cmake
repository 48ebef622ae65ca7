# Desktop integration: the application id, and where cmake --install puts the
# desktop file, the AppStream metainfo and the icons.
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

# The Debian package is made by debian/ (dpkg-buildpackage), not by CPack:
# see packaging/README.md.
