import XMLSupport

/// Checks every core and module element of a document against its rule: allowed and required
/// attributes, value forms, attributes of other namespaces, and the order of child elements.
/// Extension elements are accepted where the rules allow them and not looked into.
struct XLIFF2StructureChecker {
    let reporter: XLIFF2Reporter
    /// XLIFF 2.1 lets ITS attributes appear on core elements.
    let acceptsITS: Bool

    /// Checks `root` and everything below it. - Throws: ``CatalogError`` at the first element that breaks its rule.
    func check(_ root: XLIFF2Element) throws(CatalogError) {
        try visit(root, ancestors: [])
    }

    private func visit(_ element: XLIFF2Element, ancestors: [XLIFF2Element]) throws(CatalogError) {
        let scope = XLIFF2Reporter.scope(of: ancestors + [element])
        guard let rule = XLIFF2Schemas.rule(for: element) else {
            if XLIFF2Namespace.isExtension(element.namespace) { return }
            let owner = element.namespace.isEmpty ? "in no namespace, which XLIFF does not allow for extensions"
                : "not an element of \(XLIFF2Schemas.name(of: element.namespace))"
            throw reporter.error(element, in: scope, "<\(element.qualifiedName)> is \(owner)")
        }
        if let parent = ancestors.last, let problem = XLIFF2Schemas.misplacement(of: element, in: parent) {
            throw reporter.error(element, in: scope, "<\(element.qualifiedName)> may not stand in <\(parent.qualifiedName)>: \(problem)")
        }
        try checkAttributes(of: element, against: rule, scope: scope)
        try checkContent(of: element, against: rule, scope: scope)
        try XLIFF2Schemas.checkModuleElement(element, reporter: reporter, scope: scope)
        try XLIFF2FormatStyleModule.checkAttributes(of: element, reporter: reporter, scope: scope)
        try XLIFF2SizeRestrictionModule.checkAttributes(of: element, ancestors: ancestors, reporter: reporter, scope: scope)
        let path = ancestors + [element]
        for child in element.children {
            try visit(child, ancestors: path)
        }
    }

    // MARK: - Attributes

    private func checkAttributes(of element: XLIFF2Element, against rule: XLIFF2ElementRule, scope: String?) throws(CatalogError) {
        for attribute in element.attributes {
            let name = attribute.qualifiedName
            let ownName = attribute.namespaceURI.isEmpty ? attribute.localName
                : attribute.namespaceURI == XLIFF2Namespace.xml ? "xml:\(attribute.localName)" : nil
            if let ownName, let valueRule = rule.attributes[ownName] {
                if let problem = valueRule.problem(with: attribute.value) {
                    let owner = ownName == "id" ? "<\(element.qualifiedName)>" : element.described
                    throw reporter.error(element, in: scope, "\(owner) has \(ownName) '\(attribute.value)', \(problem)")
                }
                continue
            }
            if attribute.namespaceURI.isEmpty {
                throw reporter.error(element, in: scope, "<\(element.qualifiedName)> has no attribute '\(name)'")
            }
            if !acceptsForeign(attribute, on: element, rule: rule) {
                throw reporter.error(element, in: scope,
                                     "<\(element.qualifiedName)> does not take the attribute \(name) (\(foreignPolicy(rule.foreign)))")
            }
        }
        for name in rule.required where !element.attributes.contains(where: { qualifiedKey($0) == name }) {
            throw reporter.error(element, in: scope, "<\(element.qualifiedName)> needs the attribute \(name)")
        }
    }

    private func qualifiedKey(_ attribute: XMLAttribute) -> String {
        attribute.namespaceURI == XLIFF2Namespace.xml ? "xml:\(attribute.localName)"
            : attribute.namespaceURI.isEmpty ? attribute.localName : attribute.qualifiedName
    }

    private func acceptsForeign(_ attribute: XMLAttribute, on element: XLIFF2Element, rule: XLIFF2ElementRule) -> Bool {
        let namespace = attribute.namespaceURI
        if namespace == element.namespace || namespace == XLIFF2Namespace.core { return false }
        if acceptsITS && (namespace == XLIFF2Namespace.its || namespace == XLIFF2Namespace.itsModule) { return true }
        switch rule.foreign {
        case .none: return false
        case .any: return true
        case .inlineModules:
            return [XLIFF2Namespace.formatStyle, XLIFF2Namespace.sizeRestriction, XLIFF2Namespace.its,
                    XLIFF2Namespace.itsModule].contains(namespace)
        }
    }

    private func foreignPolicy(_ policy: XLIFF2ElementRule.ForeignAttributes) -> String {
        switch policy {
        case .none: return "it takes no attributes of other namespaces"
        case .inlineModules: return "inline codes take only Format Style and Size Restriction attributes from other namespaces"
        case .any: return "its own namespace cannot be used for extension attributes"
        }
    }

    // MARK: - Content

    private func checkContent(of element: XLIFF2Element, against rule: XLIFF2ElementRule, scope: String?) throws(CatalogError) {
        let children = element.children
        switch rule.content {
        case .text:
            if let child = children.first {
                throw reporter.error(child, in: scope, "<\(element.qualifiedName)> holds text only, not <\(child.qualifiedName)>")
            }
        case .empty:
            if !element.isBlank {
                throw reporter.error(element, in: scope, "<\(element.qualifiedName)> must be empty")
            }
        case .inline:
            if let child = children.first(where: { !($0.isIn(XLIFF2Namespace.core) && XLIFF2CoreSchema.inlineElements.contains($0.localName)) }) {
                throw reporter.error(child, in: scope, "<\(child.qualifiedName)> is not allowed in <\(element.qualifiedName)>: "
                                     + "only text and the inline elements <cp>, <ph>, <pc>, <sc>, <ec>, <mrk>, <sm>, <em> are")
            }
        case .codeData:
            if let child = children.first(where: { !$0.is("cp", in: XLIFF2Namespace.core) }) {
                throw reporter.error(child, in: scope, "<\(child.qualifiedName)> is not allowed in \(element.described): "
                                     + "original data holds only text and <cp>")
            }
        case .textAndExtensions:
            if let child = children.first(where: { $0.isIn(XLIFF2Namespace.core) || $0.namespace.isEmpty }) {
                throw reporter.error(child, in: scope, "<\(child.qualifiedName)> is not allowed in <\(element.qualifiedName)>")
            }
        case .sequence(let particles):
            try checkSequence(of: element, particles, scope: scope)
        }
    }

    private func checkSequence(of element: XLIFF2Element, _ particles: [XLIFF2Particle], scope: String?) throws(CatalogError) {
        if !element.text.allSatisfy(\.isXMLWhitespace) {
            let text = element.text.trimmingXMLWhitespace()
            throw reporter.error(element, in: scope, "\(element.described) holds the text '\(text.prefix(40))', but only elements belong there")
        }
        let expected = "in order: " + particles.map(\.quantified).joined(separator: ", ")
        var index = 0
        var count = 0
        for child in element.children {
            while index < particles.count && !(particles[index].accepts(child) && count < (particles[index].maximum ?? .max)) {
                if count < particles[index].minimum {
                    throw reporter.error(child, in: scope, "\(element.described) needs \(particles[index].described) before "
                                         + "<\(child.qualifiedName)> (expected: \(expected))")
                }
                index += 1
                count = 0
            }
            guard index < particles.count else {
                throw reporter.error(child, in: scope, "<\(child.qualifiedName)> is not allowed here in \(element.described) "
                                     + "(expected: \(expected))")
            }
            count += 1
        }
        while index < particles.count {
            if count < particles[index].minimum {
                throw reporter.error(element, in: scope, "\(element.described) needs \(particles[index].described) (expected: \(expected))")
            }
            index += 1
            count = 0
        }
    }
}

extension String {
    /// The text without leading and trailing XML white space.
    func trimmingXMLWhitespace() -> String {
        let characters = Array(self)
        guard let first = characters.firstIndex(where: { !$0.isXMLWhitespace }),
              let last = characters.lastIndex(where: { !$0.isXMLWhitespace }) else { return "" }
        return String(characters[first...last])
    }
}
