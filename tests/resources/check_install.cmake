# Installs the build into a scratch prefix and checks that each file a desktop needs is there.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(path
        bin/mctester
        share/applications/io.github.mctester.MulticastTester.desktop
        share/metainfo/io.github.mctester.MulticastTester.metainfo.xml
        share/icons/hicolor/scalable/apps/io.github.mctester.MulticastTester.svg
        share/mctester/translations/mctester_zh_CN.qm)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "missing after install: ${path}")
    endif()
endforeach()
message(STATUS "install layout complete under ${PREFIX}")
