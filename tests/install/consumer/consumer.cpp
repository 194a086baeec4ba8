// Renders a data file with an installed vanthu through the public C++ API:
//   consumer_cpp <template> <data.json> <out.pdf> <out.docx>
// then checks the DOCX it made. Exit 0 when both worked and the check is clean.
#include <vanthu/vanthu.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 5) return 2;
  std::ifstream in(argv[2], std::ios::binary);
  std::stringstream data;
  data << in.rdbuf();
  vanthu::Renderer renderer;
  vanthu::RenderOptions options;
  options.docx = options.pdf = true;
  options.data_name = argv[2];
  const vanthu::RenderResult r = renderer.render(argv[1], data.str(), options);
  for (const auto& m : r.messages) std::cerr << m.text() << "\n";
  if (!r.ok) return 1;
  std::ofstream(argv[3], std::ios::binary) << r.pdf;
  std::ofstream(argv[4], std::ios::binary) << r.docx;
  const vanthu::CheckResult c = vanthu::check_docx(r.docx, argv[4]);
  std::cout << "vanthu " << vanthu::version() << ": " << r.pdf.size() << " bytes of PDF, " << c.findings.size()
            << " finding(s), " << renderer.templates().size() << " templates\n";
  return c.clean() ? 0 : 1;
}
