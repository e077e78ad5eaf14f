using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fapi.Analyzers.Configuration;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>
/// Fixes in configuration files (appsettings*.json, additional documents): the analyzer wrote the JSON text in the
/// diagnostic's properties; this provider replaces a value, removes an array item, or adds a member to an object.
/// The IDE applies it; dotnet format applies fixes to C# documents only (docs/configuration-files.md).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConfigurationFileFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json" }), Shared]
public sealed class ConfigurationFileFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "Fapi.ApplyProfileValueInFile";

    private static readonly ImmutableArray<string> FixableIds = new FapiAnalyzer().SupportedDiagnostics
        .Where(descriptor => descriptor.Id != RuleIds.InvalidConfiguration).Select(descriptor => descriptor.Id).ToImmutableArray();

    public override ImmutableArray<string> FixableDiagnosticIds => FixableIds;

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.TextDocument.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Edit(text, diagnostic) is not { } edit)
            {
                continue;
            }

            var document = context.TextDocument;
            context.RegisterCodeFix(
                CodeAction.Create(edit.Title, _ => Task.FromResult(document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(edit.Change))), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The text change a diagnostic's fix makes in the file, with its title; null where there is none.</summary>
    internal static (TextChange Change, string Title)? Edit(SourceText text, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(FixProperties.Kind, out var kindName) || !System.Enum.TryParse<FixKind>(kindName, out var kind)
            || !diagnostic.Properties.TryGetValue(FixProperties.Code, out var code) || code is null
            || JsonReader.Read(text.ToString(), out _, out _) is not { } root)
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        switch (kind)
        {
            case FixKind.ReplaceJsonValue when span.End <= text.Length:
                return (new TextChange(span, code), "Use " + code);
            case FixKind.RemoveJsonElement when ItemAt(root, span.Start) is { } item:
                return (Removal(text, item.Array, item.Index), "Remove " + text.ToString(item.Array.Items[item.Index].Span));
            case FixKind.AddJsonMember when ObjectAt(root, span) is { } target:
                return (Insertion(text, target, code), "Add " + code);
            default:
                return null;
        }
    }

    /// <summary>The innermost array item that holds <paramref name="start"/> (an element, or the object it is a member of).</summary>
    private static (JsonArray Array, int Index)? ItemAt(JsonValue value, int start)
    {
        switch (value)
        {
            case JsonObject obj:
                foreach (var member in obj.Members)
                {
                    if (member.Value.Span.Contains(start))
                    {
                        return ItemAt(member.Value, start);
                    }
                }

                return null;
            case JsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (array.Items[i].Span.Contains(start))
                    {
                        return ItemAt(array.Items[i], start) ?? (array, i);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The object a diagnostic about a missing member is on: at its brace, or the value of the key it names.</summary>
    private static JsonObject? ObjectAt(JsonValue value, TextSpan span)
    {
        if (value is JsonObject self && self.Span.Start == span.Start)
        {
            return self;
        }

        var children = value switch
        {
            JsonObject obj => obj.Members.Select(m => (m.NameSpan, m.Value)),
            JsonArray array => array.Items.Select(i => (default(TextSpan), i)),
            _ => Enumerable.Empty<(TextSpan, JsonValue)>(),
        };
        foreach (var (name, child) in children)
        {
            if (name == span && child is JsonObject named)
            {
                return named;
            }

            if (child.Span.Contains(span.Start) && ObjectAt(child, span) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>An array item with its separator (the comma after it, or before the last one) and its line.</summary>
    private static TextChange Removal(SourceText text, JsonArray array, int index)
    {
        var items = array.Items;
        int start, end;
        if (index + 1 < items.Count)
        {
            start = LineStartOrSelf(text, items[index].Span.Start);
            end = LineStartOrSelf(text, items[index + 1].Span.Start);
        }
        else if (index > 0)
        {
            start = items[index - 1].Span.End;
            end = items[index].Span.End;
        }
        else
        {
            start = items[index].Span.Start;
            end = items[index].Span.End;
        }

        return new TextChange(TextSpan.FromBounds(start, end), "");
    }

    /// <summary>The start of the position's line where only whitespace precedes it there; else the position.</summary>
    private static int LineStartOrSelf(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        return string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(line.Start, position))) ? line.Start : position;
    }

    /// <summary>The member first in the object, indented like the members there: <c>"RequirePkce": true,</c>.</summary>
    private static TextChange Insertion(SourceText text, JsonObject target, string code)
    {
        if (target.Members.Count == 0)
        {
            return new TextChange(new TextSpan(target.Span.Start + 1, 0), " " + code + " ");
        }

        var first = target.Members[0].NameSpan.Start;
        var line = text.Lines.GetLineFromPosition(first);
        var indent = text.ToString(TextSpan.FromBounds(line.Start, first));
        return string.IsNullOrWhiteSpace(indent)
            ? new TextChange(new TextSpan(first, 0), code + "," + (text.ToString().IndexOf("\r\n", System.StringComparison.Ordinal) >= 0 ? "\r\n" : "\n") + indent)
            : new TextChange(new TextSpan(first, 0), code + ", ");
    }
}
