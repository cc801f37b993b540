// The benchmark floor: parses timeline files with yaml-cpp's event API and does nothing
// with the events (no tree, no checks, no timeline). accords cannot read YAML faster than
// this with the same parser, so the benchmark compares its times to this program's.
//
// usage: yaml_floor PATH...   (files, or directories searched for *.yaml and *.yml)

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Counts events so that the parse cannot be optimised away, and nothing else.
class CountingHandler : public YAML::EventHandler {
public:
  unsigned long long count = 0;
  void OnDocumentStart(const YAML::Mark&) override { ++count; }
  void OnDocumentEnd() override { ++count; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++count; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++count; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string& value) override {
    count += value.size();
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++count;
  }
  void OnSequenceEnd() override { ++count; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++count;
  }
  void OnMapEnd() override { ++count; }
};

// The timeline files under `path`, or `path` itself, in byte-wise order.
std::vector<std::filesystem::path> timeline_files(const std::filesystem::path& path) {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(path)) {
    files.push_back(path);
    return files;
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
    const auto extension = entry.path().extension();
    if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

int main(int argc, char** argv) {
  CountingHandler handler;
  for (int index = 1; index < argc; ++index) {
    for (const auto& file : timeline_files(argv[index])) {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "yaml_floor: cannot open %s\n", file.c_str());
        return 1;
      }
      try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(handler)) {
        }
      } catch (const YAML::Exception& error) {
        std::fprintf(stderr, "yaml_floor: %s: %s\n", file.c_str(), error.what());
        return 1;
      }
    }
  }
  std::printf("%llu\n", handler.count);
  return 0;
}
