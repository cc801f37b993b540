// The benchmark's start-up floor: an empty main() linked against the same shared libraries
// as accords (yaml-cpp, fmt, utf8proc, libstdc++; bench/CMakeLists.txt keeps them with
// --no-as-needed). Running it costs what loading and relocating those libraries and running
// their static initialisers costs; run.sh compares `accords list` on the built-in data to it.

int main() { return 0; }
