// Namespace URIs, content types and relationship types of the parts the
// DOCX writer produces (ECMA-376 / ISO/IEC 29500, transitional).
#pragma once

namespace vanthu::docx::ns {

// XML namespaces.
inline constexpr const char* kWordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* kWordDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr const char* kDrawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr const char* kPicture = "http://schemas.openxmlformats.org/drawingml/2006/picture";
inline constexpr const char* kChart = "http://schemas.openxmlformats.org/drawingml/2006/chart";
inline constexpr const char* kSpreadsheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline constexpr const char* kPackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* kContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr const char* kCoreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr const char* kExtendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
inline constexpr const char* kDocPropsVTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
inline constexpr const char* kDublinCore = "http://purl.org/dc/elements/1.1/";
inline constexpr const char* kDublinCoreTerms = "http://purl.org/dc/terms/";
inline constexpr const char* kDcmiType = "http://purl.org/dc/dcmitype/";
inline constexpr const char* kXmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

}  // namespace vanthu::docx::ns

namespace vanthu::docx::content_type {

inline constexpr const char* kRelationships = "application/vnd.openxmlformats-package.relationships+xml";
inline constexpr const char* kDocument = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr const char* kStyles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr const char* kSettings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr const char* kFontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
inline constexpr const char* kHeader = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr const char* kFooter = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr const char* kCoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr const char* kExtendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
inline constexpr const char* kPng = "image/png";
inline constexpr const char* kChart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
inline constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr const char* kWorkbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
inline constexpr const char* kWorksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

}  // namespace vanthu::docx::content_type

namespace vanthu::docx::rel_type {

inline constexpr const char* kOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr const char* kCoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr const char* kExtendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr const char* kStyles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr const char* kSettings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr const char* kFontTable = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr const char* kHeader = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr const char* kFooter = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr const char* kImage = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
inline constexpr const char* kChart = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
inline constexpr const char* kPackage = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";
inline constexpr const char* kWorksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

}  // namespace vanthu::docx::rel_type
