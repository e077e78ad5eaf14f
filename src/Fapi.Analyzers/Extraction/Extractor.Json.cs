using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Configuration;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// Configuration files as one more source of facts: a section the code binds (or the library binds by convention)
/// becomes a configuration of the section's model, each value a fact on its JSON line, read as the configuration
/// binder reads it. A value the binder would not read as written (a typo, a null) is unknown.
/// </summary>
internal sealed partial class Extractor
{
    /// <summary>The configurations the bound sections of <paramref name="view"/> hold; the rules judge them like code's.</summary>
    public List<(ConfigurationSite Site, SectionUse Use)> ExtractJson(ConfigNode view, IEnumerable<SectionUse> uses)
    {
        var result = new List<(ConfigurationSite, SectionUse)>();
        foreach (var use in uses)
        {
            if (view.Get(use.Path) is not { } section)
            {
                continue;
            }

            if (use.IsList)
            {
                foreach (var item in section.Children)
                {
                    if (item.Anchor is not null && item.Children.Count > 0)
                    {
                        result.Add((ReadJson(item, use), use));
                    }
                }
            }
            else if (section.Anchor is not null && section.Children.Count > 0)
            {
                result.Add((ReadJson(section, use), use));
            }
        }

        foreach (var (site, _) in result)
        {
            Finish(site);
        }

        return result;
    }

    private ConfigurationSite ReadJson(ConfigNode node, SectionUse use)
    {
        var model = use.Model;
        var site = new ConfigurationSite(_bindings, SiteKind.File, model.Binding.Kind, model, null, node.Anchor!, resolver: null!)
        {
            OptionsName = use.OptionsName ?? "",
            // Options the library registered in code: the section configures them, their defaults are the code's.
            IsOptionsRegistration = !use.IsList,
            MissingFix = setting => MissingJsonMember(model, setting),
        };
        site.ApplyDefaults(model.Defaults);
        foreach (var pair in model.ByMember)
        {
            if (!use.Members.IsDefaultOrEmpty && use.Members.IndexOf(pair.Key) < 0)
            {
                continue;
            }

            if (node.Get(pair.Key.Replace('.', ':')) is not { } value)
            {
                continue;
            }

            var type = ConfigurationSite.PropertyType(model.Type, pair.Key);
            foreach (var property in pair.Value)
            {
                ApplyJson(site.Configuration, property, value, type);
            }
        }

        return site;
    }

    private void ApplyJson(ClientConfiguration configuration, PropertyBinding property, ConfigNode node, ITypeSymbol? type)
    {
        var setting = property.Setting;
        if (property.Prefix is not null || property.Element is not null || !property.SkipsWhenReturning.IsDefaultOrEmpty)
        {
            // Sets that encode several settings and delegates have no configuration-file form the engine reads.
            configuration.SetUnknown(setting);
            return;
        }

        if (property.WhenWritten is { } whenWritten)
        {
            if (node.Value is { Text: { Length: > 0 } } && node.ValueLocation is { } written)
            {
                configuration.Set(new Fact(setting, whenWritten, written, FactOrigin.Code, FixSite.None));
            }
            else
            {
                configuration.SetUnknown(setting);
            }

            return;
        }

        if (property.SingleElement)
        {
            configuration.ClearElements(setting);
            if (node.Value is not { Text: { } combined } || node.ValueLocation is not { } location)
            {
                configuration.AddUnknownElement(setting);
                return;
            }

            var tokens = combined.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            foreach (var token in tokens)
            {
                var rest = string.Join(" ", Array.FindAll(tokens, t => t != token));
                var fix = new FixSite(FixKind.ReplaceJsonValue, v => v is string whole ? JsonText(whole) : ReferenceEquals(v, FixProperties.Remove) && rest.Length > 0 ? JsonText(rest) : null,
                    FixKind.ReplaceJsonValue);
                configuration.AddElement(new Fact(setting, token, location, FactOrigin.Code, fix));
            }

            return;
        }

        if (property.IsCollection)
        {
            // The binder adds each item to the collection the model starts with: the items are the collection.
            configuration.ClearElements(setting);
            var elementType = ElementType(type);
            foreach (var item in node.Children)
            {
                if (ReadElement(item, elementType, out var location) is not { } element || property.Read(element) is not { } value || location is null)
                {
                    configuration.AddUnknownElement(setting);
                    continue;
                }

                var fix = new FixSite(FixKind.ReplaceJsonValue, v => property.Write(v) is { } w ? JsonText(w, elementType) : null, FixKind.RemoveJsonElement);
                configuration.AddElement(new Fact(setting, value, location, FactOrigin.Code, fix));
            }

            return;
        }

        if (node.Value is not { } scalar || node.ValueLocation is not { } at || Convert(scalar.Text, type) is not { } read || property.Read(read) is not { } fact)
        {
            configuration.SetUnknown(setting);
            return;
        }

        configuration.Set(new Fact(setting, fact, at, FactOrigin.Code,
            new FixSite(FixKind.ReplaceJsonValue, v => property.Write(v) is { } w ? JsonText(w, type) : null)));
    }

    /// <summary>An item of a collection: a scalar, or an object that stands for one value (a secret for its type).</summary>
    /// <param name="location">Where the value stands: the scalar, the object's member, or the object for its default.</param>
    private object? ReadElement(ConfigNode item, ITypeSymbol? elementType, out Location? location)
    {
        location = item.ValueLocation;
        if (item.Value is { } scalar)
        {
            return Convert(scalar.Text, elementType);
        }

        if (_bindings.ObjectValue(elementType) is { Member: { } member } objectValue)
        {
            if (item.Get(member) is { Value: { } inner } written)
            {
                location = written.ValueLocation;
                return Convert(inner.Text, ConfigurationSite.PropertyType(elementType!, member));
            }

            location = item.Anchor;
            return objectValue.Default;
        }

        return null;
    }

    /// <summary>The value as the configuration binder converts the text to the member's type; null where it would not.</summary>
    internal static object? Convert(string? text, ITypeSymbol? type)
    {
        if (text is null || type is null)
        {
            return null;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return text;
            case SpecialType.System_Boolean:
                return bool.TryParse(text.Trim(), out var flag) ? flag : null;
            case SpecialType.System_Int32:
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
            case SpecialType.System_Int64:
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var big) ? big : null;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && string.Equals(field.Name, text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return System.Convert.ToInt32(field.ConstantValue, CultureInfo.InvariantCulture);
                }
            }

            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        if (type is { Name: "TimeSpan", ContainingNamespace.Name: "System" })
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
        }

        if (type is { Name: "Uri", ContainingNamespace.Name: "System" })
        {
            return text;
        }

        return null;
    }

    private static ITypeSymbol? ElementType(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        foreach (var candidate in type is INamedTypeSymbol named ? new[] { named }.Concat(named.AllInterfaces) : Array.Empty<INamedTypeSymbol>())
        {
            if (candidate is { Name: "IEnumerable", TypeArguments.Length: 1 })
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>An enum member's name for its value (the binder reads names, and a name says what it means).</summary>
    private static object EnumName(object value, ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type?.TypeKind == TypeKind.Enum && value is int number)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(System.Convert.ToInt32(field.ConstantValue, CultureInfo.InvariantCulture), number))
                {
                    return field.Name;
                }
            }
        }

        return value;
    }

    /// <summary>A value as JSON text the binder reads back as <paramref name="type"/>: an enum by name, seconds as a TimeSpan.</summary>
    private static string? JsonText(object value, ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type is { Name: "TimeSpan", ContainingNamespace.Name: "System" } && value is int or long or double)
        {
            value = TimeSpan.FromSeconds(System.Convert.ToDouble(value, CultureInfo.InvariantCulture));
        }

        return JsonText(EnumName(value, type));
    }

    /// <summary>A value as JSON text: a string in quotes, a boolean or number bare.</summary>
    internal static string? JsonText(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        int or long => System.Convert.ToString(value, CultureInfo.InvariantCulture),
        TimeSpan span => "\"" + span.ToString("c", CultureInfo.InvariantCulture) + "\"",
        string text => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        _ => null,
    };

    /// <summary>A member that sets a missing setting, added to the object the diagnostic is on: <c>"RequirePkce": true</c>.</summary>
    private static FixSite MissingJsonMember(BoundModel model, Setting setting)
    {
        if (model.PropertyFor(setting) is not { CanWrite: true, IsCollection: false, Prefix: null, Element: null, WhenWritten: null } property || property.Member.IndexOf('.') >= 0)
        {
            return FixSite.None;
        }

        var type = ConfigurationSite.PropertyType(model.Type, property.Member);
        return new FixSite(FixKind.AddJsonMember, v => property.Write(v) is { } w && JsonText(w, type) is { } text ? "\"" + property.Member + "\": " + text : null);
    }
}
