# One interface target carries the language standard, the strict Qt defines and the warnings,
# so every library, executable and test is built the same way.
add_library(urdesk_options INTERFACE)
target_compile_features(urdesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(urdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS)
target_compile_options(urdesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(URDESK_WERROR)
    target_compile_options(urdesk_options INTERFACE -Werror)
endif()
if(URDESK_SANITIZE OR URDESK_FUZZ)
    target_compile_options(urdesk_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(urdesk_options INTERFACE -fsanitize=address,undefined)
endif()
if(URDESK_FUZZ)
    # Coverage for libFuzzer in every library; the harnesses (tests/fuzz/) add its main().
    target_compile_options(urdesk_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
