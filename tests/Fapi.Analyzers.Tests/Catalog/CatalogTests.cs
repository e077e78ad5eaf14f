using System;
using System.IO;
using System.Linq;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Catalog;

/// <summary>Every supported diagnostic is documented, tracked in release notes and listed in the README.</summary>
public sealed class CatalogTests
{
    private static readonly string Root = TestReferences.RepositoryRoot;

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in new FapiAnalyzer().SupportedDiagnostics)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_help_link_docs_page_release_row_and_readme_row(string id)
    {
        var descriptor = new FapiAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
        Assert.Equal(Descriptors.Category, descriptor.Category);
        Assert.Equal(Descriptors.HelpLink(id), descriptor.HelpLinkUri);
        Assert.EndsWith("docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);

        var page = Path.Combine(Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "missing " + page);
        Assert.StartsWith("# " + id + ": " + descriptor.Title, File.ReadAllText(page), StringComparison.Ordinal);

        var releases = File.ReadAllText(Path.Combine(Root, "src", "Fapi.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(Root, "src", "Fapi.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Contains(id + " | FAPI | " + descriptor.DefaultSeverity, releases);

        Assert.Contains("| [" + id + "](docs/rules/" + id + ".md) | " + descriptor.Title + " |", File.ReadAllText(Path.Combine(Root, "README.md")));
    }

    [Fact]
    public void Every_docs_page_belongs_to_a_supported_rule()
    {
        var ids = new FapiAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        foreach (var page in Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "*.md"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(page), ids);
        }
    }

    [Fact]
    public void Profiles_document_matches_the_profile_table()
    {
        var path = Path.Combine(Root, "docs", "profiles.md");
        var expected = ProfileDocument.Render();
        if (Environment.GetEnvironmentVariable("FAPI_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n"));
    }
}
