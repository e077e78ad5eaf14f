using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Fapi.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Fapi.Analyzers.Benchmarks;

/// <summary>
/// A generated project: ordinary code in which one file in twenty configures each bound library (the templates of
/// scripts/perf, which the build-share script uses too), or ordinary code only when the project has no OAuth library.
/// </summary>
internal sealed class Workload
{
    /// <summary>Library templates, by file number modulo twenty (1..5); every other file is ordinary code.</summary>
    private const int Libraries = 5;

    /// <summary>
    /// The warnings one set of the five library templates carries under the default profile (FAPI 2.0 Security), as
    /// reviewed when the templates were written; a benchmark that finds a different number fails instead of timing
    /// an analyzer that stopped finding things.
    /// </summary>
    public const int DiagnosticsPerLibrarySet = 36;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private Workload(int files, bool oauth, ImmutableArray<string> sources, ImmutableArray<MetadataReference> references)
    {
        Files = files;
        OAuth = oauth;
        Sources = sources;
        References = references;
    }

    /// <summary>
    /// The project sizes the benchmarks run: 1,000, 5,000 and 20,000 files, or the comma-separated sizes of the
    /// FAPI_BENCHMARK_FILES environment variable (a quick run: FAPI_BENCHMARK_FILES=1000).
    /// </summary>
    public static System.Collections.Generic.IEnumerable<int> Sizes
        => (Environment.GetEnvironmentVariable("FAPI_BENCHMARK_FILES") ?? "1000,5000,20000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(size => int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The file the edit benchmarks type into.</summary>
    public const string EditedFile = "File1.cs";

    public int Files { get; }

    public bool OAuth { get; }

    /// <summary>The text of each file, parsed again for every measured compilation (a build parses every file anew).</summary>
    public ImmutableArray<string> Sources { get; }

    public ImmutableArray<MetadataReference> References { get; }

    /// <summary>Sizes are multiples of twenty: every twentieth file starts one set of the library templates.</summary>
    public int ExpectedDiagnostics => OAuth ? Files / 20 * DiagnosticsPerLibrarySet : 0;

    public static Workload Create(int files, bool oauth)
    {
        if (files % 20 != 0)
        {
            throw new ArgumentException("The project size must be a multiple of twenty.", nameof(files));
        }

        var templates = Enumerable.Range(0, Libraries + 1).Select(kind => Template(kind == 0 ? "ordinary" : "library" + kind)).ToArray();
        var sources = Enumerable.Range(1, files)
            .Select(i => templates[oauth && i % 20 is >= 1 and <= Libraries ? i % 20 : 0].Replace("__N__", i.ToString(), StringComparison.Ordinal))
            .ToImmutableArray();
        var references = oauth ? TestReferences.All : TestReferences.FrameworkOnly;
        return new Workload(files, oauth, sources, references);
    }

    /// <summary>A new compilation of freshly parsed files: nothing bound, no per-tree cache warm.</summary>
    public CSharpCompilation Compile()
        => Compile(Sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, "File" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs")));

    private CSharpCompilation Compile(System.Collections.Generic.IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create("Perf", trees, References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, concurrentBuild: true));

    /// <summary>
    /// The IDE case: the same compilation after one keystroke in File1.cs, which configures SimpleIdServer (a
    /// character typed into a client id, so the findings stay the same), while every other tree is the same object and
    /// keeps its caches.
    /// </summary>
    public static (CSharpCompilation Compilation, SyntaxTree Tree) Edit(CSharpCompilation compilation, int keystroke)
    {
        var tree = compilation.SyntaxTrees.First(t => t.FilePath == EditedFile);
        var text = tree.GetText();
        var at = text.ToString().IndexOf("\"web", StringComparison.Ordinal) + 1;
        var edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(at, 0), ((char)('a' + keystroke % 26)).ToString())));
        return (compilation.ReplaceSyntaxTree(tree, edited), edited);
    }

    /// <param name="logTime">Measures the analyzer's callbacks, run one at a time: run concurrently, a callback that
    /// waits for another's lazily computed index would be charged for the wait.</param>
    public static CompilationWithAnalyzers WithAnalyzer(Compilation compilation, DiagnosticAnalyzer analyzer, bool logTime = false)
        => compilation.WithAnalyzers(ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
                concurrentAnalysis: !logTime, logAnalyzerExecutionTime: logTime));

    private static string Template(string name)
    {
        using var stream = typeof(Workload).Assembly.GetManifestResourceStream("Perf." + name + ".cs.txt")
            ?? throw new InvalidOperationException("Missing template " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
