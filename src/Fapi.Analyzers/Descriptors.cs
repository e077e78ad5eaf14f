using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers;

/// <summary>The one descriptor factory: category FAPI, help link to the rule's page in the repository.</summary>
public static class Descriptors
{
    public const string Category = "FAPI";
    public const string DocsBaseUrl = "https://github.com/fapi-analyzers/Fapi.Analyzers/blob/main/docs/rules/";

    public static string HelpLink(string id) => DocsBaseUrl + id + ".md";

    public static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description, params string[] customTags)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id), customTags: customTags);

    /// <summary>
    /// A "shall" of a specification: a warning. The message gets one more placeholder at its end, where the host writes
    /// the client's name and whether a library default or limitation decided the verdict.
    /// </summary>
    public static DiagnosticDescriptor Shall(string id, string title, string message, string description)
        => Create(id, title, message + "{" + (DiagnosticWriter.SuffixPlaceholder(message) + 1) + "}", DiagnosticSeverity.Warning, description);

    public static readonly DiagnosticDescriptor InvalidConfiguration = Create(
        RuleIds.InvalidConfiguration,
        "Invalid Fapi.Analyzers configuration",
        "{0}",
        DiagnosticSeverity.Warning,
        "A Fapi.Analyzers setting (profile or rule option) has a value the analyzer does not know; analysis continues with the default.",
        WellKnownDiagnosticTags.CompilationEnd);
}
