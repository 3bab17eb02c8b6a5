{
  "targets": [
    {
      "target_name": "vigil_scan",
      "sources": ["src/binding.cc", "src/scanner.cc"],
      "cflags_cc": ["-O3", "-std=c++17", "-Wall", "-Wextra"],
      "defines": ["NAPI_VERSION=8"]
    }
  ]
}
