#pragma once

namespace omnitill {

// 128-bit intermediate products for money arithmetic (GCC/Clang extension, silenced for -Wpedantic).
__extension__ typedef __int128 Int128;

} // namespace omnitill
