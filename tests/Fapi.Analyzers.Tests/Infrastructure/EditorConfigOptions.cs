using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fapi.Analyzers.Tests.Infrastructure;

/// <summary>The key = value lines of test .editorconfig text, for every tree (sections are not needed by the tests that use it).</summary>
internal sealed class EditorConfigOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options _options;

    public EditorConfigOptions(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split('\n'))
        {
            var at = line.IndexOf('=');
            if (at > 0 && !line.TrimStart().StartsWith("[", StringComparison.Ordinal))
            {
                values[line.Substring(0, at).Trim()] = line.Substring(at + 1).Trim();
            }
        }

        _options = new Options(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    /// <summary>Test source without its diagnostic markup.</summary>
    public static string StripMarkup(string text) => Regex.Replace(text, @"\{\|FAPI\d{4}:|\|\}", "");

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
