using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace Fapi.Analyzers.Tests.Robustness;

/// <summary>
/// The shared check behind every fix: for every fixable diagnostic in every test input and sample, under every
/// profile, the fix compiles with no new compiler error and the diagnostic it fixed is gone; Fix All on the
/// document compiles too.
/// </summary>
public sealed class FixSweepTests
{
    private static readonly string[] Profiles = { "fapi1_baseline", "fapi1_advanced", "fapi2_security", "fapi2_message_signing" };
    private readonly ITestOutputHelper _output;

    public FixSweepTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Every_fix_compiles_and_removes_its_diagnostic()
    {
        FapiAnalyzer.RethrowInternalErrors = true;
        var provider = new FapiCodeFixProvider();
        var failures = new List<string>();
        var fixes = 0;
        var fixAlls = 0;
        foreach (var (name, text) in TruncationHarnessTests.Inputs())
        {
            foreach (var profile in Profiles)
            {
                var document = CreateDocument(text);
                var before = await Analyze(document, profile);
                var fixable = before.Analyzer.Where(d => d.Properties.ContainsKey(FixProperties.Kind)).ToList();
                foreach (var diagnostic in fixable)
                {
                    var action = await SingleFix(provider, document, diagnostic);
                    if (action is null)
                    {
                        continue;
                    }

                    fixes++;
                    var after = await Analyze(await Apply(document, action), profile);
                    var label = $"{name} [{profile}] {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}";
                    if (NewErrors(before.Errors, after.Errors) is { Length: > 0 } errors)
                    {
                        failures.Add($"{label}: new compiler errors {string.Join("; ", errors)}");
                    }

                    if (Count(after.Analyzer, diagnostic) >= Count(before.Analyzer, diagnostic))
                    {
                        failures.Add($"{label}: '{diagnostic.GetMessage()}' is still reported");
                    }
                }

                if (fixable.Count > 1 && provider.GetFixAllProvider() is { } fixAll)
                {
                    fixAlls++;
                    var context = new FixAllContext(document, provider, FixAllScope.Document, "Fapi.ApplyProfileValue", fixable.Select(d => d.Id).Distinct(),
                        new Diagnostics(fixable), CancellationToken.None);
                    if (await fixAll.GetFixAsync(context) is { } action)
                    {
                        var after = await Analyze(await Apply(document, action), profile);
                        if (NewErrors(before.Errors, after.Errors) is { Length: > 0 } errors)
                        {
                            failures.Add($"{name} [{profile}] Fix All: new compiler errors {string.Join("; ", errors)}");
                        }
                    }
                }
            }
        }

        _output.WriteLine($"{fixes} single fixes and {fixAlls} document Fix Alls checked, {failures.Count} failures");
        Assert.True(fixes > 100, "too few fixes exercised: " + fixes);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));
    }

    private static int Count(ImmutableArray<Diagnostic> diagnostics, Diagnostic fixedOne)
        => diagnostics.Count(d => d.Id == fixedOne.Id && d.GetMessage() == fixedOne.GetMessage());

    private static string[] NewErrors(ImmutableArray<Diagnostic> before, ImmutableArray<Diagnostic> after)
    {
        var known = before.Select(d => d.Id).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        return after.GroupBy(d => d.Id).Where(g => g.Count() > (known.TryGetValue(g.Key, out var count) ? count : 0))
            .Select(g => g.First().ToString()).ToArray();
    }

    private static Document CreateDocument(string text)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.CurrentSolution
            .AddProject("Sweep", "Sweep", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .WithMetadataReferences(TestReferences.All);
        return project.AddDocument("Test0.cs", SourceText.From(text), filePath: "/0/Test0.cs");
    }

    private static async Task<(ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Analyzer)> Analyze(Document document, string profile)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new SingleOption("fapi_profile", profile));
        var analyzer = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FapiAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        return (errors, analyzer);
    }

    private static async Task<CodeAction?> SingleFix(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        CodeAction? registered = null;
        var context = new CodeFixContext(document, diagnostic, (action, _) => registered ??= action, CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return registered;
    }

    private static async Task<Document> Apply(Document document, CodeAction action)
    {
        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                return apply.ChangedSolution.GetDocument(document.Id)!;
            }
        }

        return document;
    }

    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly List<Diagnostic> _diagnostics;

        public Diagnostics(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}

/// <summary>Analyzer options holding one key for every tree.</summary>
internal sealed class SingleOption : AnalyzerConfigOptionsProvider
{
    private readonly Options _options;

    public SingleOption(string key, string value) => _options = new Options(key, value);

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly string _key;
        private readonly string _value;

        public Options(string key, string value)
        {
            _key = key;
            _value = value;
        }

        public override bool TryGetValue(string key, out string value)
        {
            value = _value;
            return key == _key;
        }
    }
}
