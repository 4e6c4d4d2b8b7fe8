extension RuleDecoder {
    /// A `meridian.hs-categories/1` document.
    func categoriesByHS(_ root: YAMLValue) throws(RuleFileError) -> CategoryByHSCode {
        try root.allowOnly(["schema", "lines", "note"])
        try Self.requireSchema(root, "meridian.hs-categories/1")
        let lines = diagnostics.list(root, "lines") { (value: YAMLValue) throws(RuleFileError) -> CategoryByHSCode.Line in
            try value.allowOnly(["hs", "category", "source", "as_of", "note"])
            let hsValue = try value.required("hs")
            let hs = try hsValue.quotedString()
            guard (2...10).contains(hs.count), hs.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw hsValue.error("'\(hs)' is not an HS code prefix of 2 to 10 digits")
            }
            return CategoryByHSCode.Line(hs: hs, category: ProductCategory(rawValue: try value.required("category").string()),
                                         provenance: try value.provenance())
        }
        var seen = Set<String>()
        for line in lines where !seen.insert(line.hs).inserted {
            diagnostics.record(root.plainError("the HS prefix \(line.hs) is given twice"))
        }
        return CategoryByHSCode(lines: lines)
    }
}
