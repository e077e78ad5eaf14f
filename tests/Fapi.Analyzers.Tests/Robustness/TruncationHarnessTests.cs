using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Fapi.Analyzers.Tests.Robustness;

/// <summary>
/// Half-typed code is normal input. Every test source and sample is cut at many points and has random tokens
/// deleted (seeded, so a failure reproduces), then analyzed in process as the IDE does, compile errors included,
/// under every profile: no analyzer exception may escape.
/// </summary>
public sealed class TruncationHarnessTests
{
    /// <summary>Change with FAPI_HARNESS_SEED to explore; failures print the seed, input and variant.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("FAPI_HARNESS_SEED"), out var seed) ? seed : 20261201;
    private static readonly int CutsPerInput = int.TryParse(Environment.GetEnvironmentVariable("FAPI_HARNESS_CUTS"), out var cuts) ? cuts : 12;
    private static readonly int DeletionsPerInput = int.TryParse(Environment.GetEnvironmentVariable("FAPI_HARNESS_DELETIONS"), out var deletions) ? deletions : 6;
    private static readonly string[] Profiles = { "fapi1_baseline", "fapi1_advanced", "fapi2_security", "fapi2_message_signing" };

    private readonly ITestOutputHelper _output;

    public TruncationHarnessTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task No_analyzer_exception_on_truncated_or_damaged_inputs()
    {
        var inputs = Inputs();
        var random = new Random(Seed);
        var variants = 0;
        var reported = 0;
        var failures = new List<string>();
        foreach (var (name, text) in inputs)
        {
            foreach (var (label, variant) in Variants(text, random))
            {
                variants++;
                var (exceptions, diagnostics) = await Analyze(variant, new FapiAnalyzer());
                reported += diagnostics;
                foreach (var exception in exceptions)
                {
                    failures.Add($"seed {Seed}, {name}, {label}: {exception}");
                }
            }
        }

        _output.WriteLine($"{inputs.Count} inputs, {variants} variants, {variants * Profiles.Length} analyses, {reported} FAPI diagnostics, {failures.Count} analyzer exceptions");
        Assert.True(reported > 0, "the analyzer reported nothing on the damaged inputs: the harness is not exercising it");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures.Take(5)));
        Assert.True(inputs.Count >= 20, "the harness found too few inputs: " + inputs.Count);
    }

    /// <summary>The raw string literals of the rule, engine and fix tests (markup removed, with the usings they are tested with) and the samples.</summary>
    internal static List<(string Name, string Text)> Inputs()
    {
        var root = TestReferences.RepositoryRoot;
        var inputs = new List<(string, string)>();
        var testSources = new[] { "Rules", "Engine", "CodeFixes" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, "tests", "Fapi.Analyzers.Tests", folder), "*.cs"))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in testSources)
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            var index = 0;
            var name = Path.GetFileName(file);
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && Wrap(name, EditorConfigOptions.StripMarkup(token.ValueText)) is { } input)
                {
                    inputs.Add(($"{name}#{index++}", input));
                }
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            inputs.Add((Path.GetRelativePath(root, file), File.ReadAllText(file)));
        }

        return inputs;
    }

    /// <summary>
    /// A test snippet as the compilation its tests analyze: each library's tests are written against its own usings;
    /// SimpleIdServer's clients beside a compliant host; method bodies of relying parties and OpenIddict inside a method.
    /// </summary>
    private static string? Wrap(string file, string text)
    {
        var isClass = text.Contains("class ", StringComparison.Ordinal);
        if (file.StartsWith("RelyingParty", StringComparison.Ordinal))
        {
            return isClass || text.Contains("services.", StringComparison.Ordinal)
                ? Verify.RelyingPartyUsings + (isClass ? text
                    : "static class Startup { static void Configure(IServiceCollection services, string secret, X509Certificate2 certificate, Func<string> assertions) {\n" + text + "\n} }")
                : null;
        }

        if (file.StartsWith("OpenIddict", StringComparison.Ordinal))
        {
            return isClass || text.Contains("services.", StringComparison.Ordinal) || text.Contains("manager.", StringComparison.Ordinal)
                ? Verify.OpenIddictUsings + (isClass ? text
                    : "static class Startup { static async Task Configure(IServiceCollection services, IOpenIddictApplicationManager manager, string secret, bool flag, SecurityKey key) {\n" + text + "\n} }")
                : null;
        }

        if (!isClass)
        {
            return null;
        }

        return file.StartsWith("Duende", StringComparison.Ordinal) ? Verify.DuendeUsings + text : Verify.Usings + text + Verify.CompliantHost;
    }

    private static IEnumerable<(string Label, string Text)> Variants(string text, Random random)
    {
        for (var i = 1; i <= CutsPerInput; i++)
        {
            var at = text.Length * i / (CutsPerInput + 1);
            yield return ($"cut at {at}", text.Substring(0, at));
        }

        var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToArray();
        for (var i = 0; i < DeletionsPerInput && tokens.Length > 0; i++)
        {
            var victims = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => tokens[random.Next(tokens.Length)]).OrderByDescending(t => t.SpanStart).ToArray();
            var damaged = text;
            foreach (var victim in victims.DistinctBy(t => t.SpanStart))
            {
                damaged = damaged.Remove(victim.SpanStart, victim.Span.Length);
            }

            yield return ($"deleted tokens at {string.Join(",", victims.Select(v => v.SpanStart))}", damaged);
        }
    }

    [Fact]
    public async Task The_harness_sees_an_analyzer_exception()
    {
        var (exceptions, _) = await Analyze(Verify.Usings + "class C { }", new ThrowingAnalyzer());
        Assert.NotEmpty(exceptions);
    }

    /// <summary>Analyzes one text under every profile; returns the analyzer exceptions and the number of FAPI diagnostics.</summary>
    internal static async Task<(List<string> Exceptions, int Diagnostics)> Analyze(string text, DiagnosticAnalyzer analyzer)
    {
        FapiAnalyzer.RethrowInternalErrors = true;
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs");
        var compilation = CSharpCompilation.Create("Harness", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var found = new List<string>();
        var count = 0;
        foreach (var profile in Profiles)
        {
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new SingleOption("fapi_profile", profile));
            var analysis = new CompilationWithAnalyzersOptions(options, (exception, _, _) => { lock (found) { found.Add(exception.ToString()); } }, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), analysis);
            foreach (var diagnostic in await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None))
            {
                if (diagnostic.Id == "AD0001")
                {
                    found.Add(diagnostic.ToString());
                }
                else if (diagnostic.Id.StartsWith("FAPI", StringComparison.Ordinal))
                {
                    count++;
                }
            }
        }

        return (found, count);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("deliberate"));
        }
    }
}
