using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Fapi.Analyzers.Configuration;

/// <summary>
/// The project's appsettings.json and its environment files (appsettings.{Environment}.json), given to the analyzer as
/// AdditionalFiles, each read once per compilation. An environment file is read over the base file of its folder, key
/// by key, as the configuration builder layers them.
/// </summary>
internal sealed class AppSettings
{
    private const string BaseName = "appsettings";

    private readonly ImmutableArray<ConfigFile> _files;
    private readonly Dictionary<ConfigFile, ConfigNode?> _views = new();

    private AppSettings(ImmutableArray<ConfigFile> files) => _files = files;

    /// <summary>The configuration files among <paramref name="additionalFiles"/>; null when there are none.</summary>
    public static AppSettings? Create(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var files = ImmutableArray.CreateBuilder<ConfigFile>();
        foreach (var file in additionalFiles)
        {
            if (EnvironmentOf(file.Path) is { } environment && file.GetText(cancellationToken) is { } text)
            {
                files.Add(new ConfigFile(file, text, environment.Length == 0 ? null : environment));
            }
        }

        if (files.Count == 0)
        {
            return null;
        }

        var all = files.ToImmutable();
        foreach (var file in all)
        {
            if (file.Environment is not null)
            {
                file.Base = System.Linq.Enumerable.FirstOrDefault(all, f => f.Environment is null && SameFolder(f.Text.Path, file.Text.Path));
            }
        }

        return new AppSettings(all);
    }

    /// <summary>"" for appsettings.json, the environment for appsettings.{Environment}.json, null for any other file.</summary>
    public static string? EnvironmentOf(string path)
    {
        var name = Path.GetFileName(path);
        if (!name.StartsWith(BaseName, StringComparison.OrdinalIgnoreCase) || !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var middle = name.Substring(BaseName.Length, name.Length - BaseName.Length - ".json".Length);
        return middle.Length == 0 ? "" : middle.Length > 1 && middle[0] == '.' && middle.IndexOf('.', 1) < 0 ? middle.Substring(1) : null;
    }

    public ImmutableArray<ConfigFile> Files => _files;

    public ConfigFile? File(AdditionalText text)
    {
        foreach (var file in _files)
        {
            if (file.Text == text || string.Equals(file.Text.Path, text.Path, StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>
    /// The configuration an application sees where <paramref name="file"/> is the last file: the base file alone, or
    /// the base file then this environment's. Null when a file it needs cannot be read (reported once, on that file).
    /// </summary>
    public ConfigNode? View(ConfigFile file)
    {
        lock (_views)
        {
            if (!_views.TryGetValue(file, out var view))
            {
                view = Build(file);
                _views.Add(file, view);
            }

            return view;
        }
    }

    private static ConfigNode? Build(ConfigFile file)
    {
        if (file.Root is null || file.Base is { Root: null })
        {
            return null;
        }

        var root = new ConfigNode();
        if (file.Base is { Root: { } baseRoot } baseFile)
        {
            root.Apply(baseRoot, baseFile);
        }

        root.Apply(file.Root, file);
        return root;
    }

    private static bool SameFolder(string a, string b)
        => string.Equals(Path.GetDirectoryName(a), Path.GetDirectoryName(b), StringComparison.OrdinalIgnoreCase);
}

/// <summary>One configuration file: its text, what it parsed to, and the environment it is for (null: every one).</summary>
internal sealed class ConfigFile
{
    public ConfigFile(AdditionalText text, SourceText source, string? environment)
    {
        Text = text;
        Source = source;
        Environment = environment;
        Root = JsonReader.Read(source.ToString(), out var error, out var errorAt);
        Error = error;
        ErrorAt = errorAt;
    }

    public AdditionalText Text { get; }
    public SourceText Source { get; }
    public string? Environment { get; }

    /// <summary>The appsettings.json an environment file is layered on.</summary>
    public ConfigFile? Base { get; set; }

    public JsonObject? Root { get; }
    public string? Error { get; }
    public int ErrorAt { get; }

    public Location Location(TextSpan span)
        => Microsoft.CodeAnalysis.Location.Create(Text.Path, span, Source.Lines.GetLinePositionSpan(span));
}

/// <summary>
/// A configuration key as the application sees it after every file: its children (case-insensitive; array items are
/// "0", "1", ...), its value and the file that wrote it last, and where the file that first created it shows it.
/// </summary>
internal sealed class ConfigNode
{
    private readonly Dictionary<string, ConfigNode> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ConfigNode> _children = new();

    public IReadOnlyList<ConfigNode> Children => _children;

    /// <summary>The scalar written last (null when none was, or a container replaced it).</summary>
    public JsonScalar? Value { get; private set; }
    public ConfigFile? ValueFile { get; private set; }

    /// <summary>Where the key first appears: the object's opening brace, or the key's name.</summary>
    public Location? Anchor { get; private set; }
    public ConfigFile? AnchorFile { get; private set; }

    /// <summary>True when an array wrote the children (as the provider flattens it, by index).</summary>
    public bool IsArray { get; private set; }

    public Location? ValueLocation => Value is { } value ? ValueFile!.Location(value.Span) : null;

    public ConfigNode? Get(string path)
    {
        var node = this;
        foreach (var key in path.Split(':'))
        {
            if (!node._byKey.TryGetValue(key, out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    /// <summary>True when this key or any below it has a value written in <paramref name="file"/>.</summary>
    public bool HasValueFrom(ConfigFile file)
    {
        if (Value is not null && ValueFile == file)
        {
            return true;
        }

        foreach (var child in _children)
        {
            if (child.HasValueFrom(file))
            {
                return true;
            }
        }

        return false;
    }

    internal void Apply(JsonObject json, ConfigFile file)
    {
        foreach (var member in json.Members)
        {
            Child(member.Name).Write(member.Value, file, member.NameSpan);
        }
    }

    private void Write(JsonValue json, ConfigFile file, TextSpan name)
    {
        switch (json)
        {
            case JsonObject inner:
                Mark(file, inner.Span.Length > 0 ? new TextSpan(inner.Span.Start, 1) : name);
                Apply(inner, file);
                break;
            case JsonArray array:
                Mark(file, name);
                IsArray = true;
                for (var i = 0; i < array.Items.Count; i++)
                {
                    var item = array.Items[i];
                    Child(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write(item, file, new TextSpan(item.Span.Start, Math.Min(1, item.Span.Length)));
                }

                break;
            case JsonScalar scalar:
                Value = scalar;
                ValueFile = file;
                if (Anchor is null)
                {
                    Mark(file, scalar.Span);
                }

                break;
        }
    }

    private void Mark(ConfigFile file, TextSpan span)
    {
        if (Anchor is null)
        {
            Anchor = file.Location(span);
            AnchorFile = file;
        }
    }

    private ConfigNode Child(string key)
    {
        if (!_byKey.TryGetValue(key, out var child))
        {
            child = new ConfigNode();
            _byKey.Add(key, child);
            _children.Add(child);
        }

        return child;
    }
}
