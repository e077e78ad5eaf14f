using System.Linq;
using System.Collections.Generic;
using System.Collections.Immutable;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Extraction;

/// <summary>A model binding with its resolved type and members.</summary>
internal sealed class BoundModel
{
    /// <param name="members">The type whose members the properties name, where it is not <paramref name="type"/> (<see cref="ModelBinding.MembersOf"/>).</param>
    public BoundModel(ModelBinding binding, INamedTypeSymbol type, LibraryBinding library, INamedTypeSymbol? members = null)
    {
        Binding = binding;
        Type = type;
        Library = library;
        Version = type.ContainingAssembly.Identity.Version;
        IsOptions = binding.Kind == ConfigurationKind.Server || library.Registrations.Any(r => r.OptionsType == binding.TypeName);
        Defaults = Present(binding, members ?? type, DefaultsFor(binding, Version));
        foreach (var property in binding.Properties)
        {
            if (!ByMember.TryGetValue(property.Member, out var bound))
            {
                ByMember.Add(property.Member, bound = new List<PropertyBinding>(1));
            }

            bound.Add(property);
        }
    }

    public ModelBinding Binding { get; }

    /// <summary>True for an options type (a server's, or one a registration configures): the options pattern and options classes configure it.</summary>
    public bool IsOptions { get; }
    public INamedTypeSymbol Type { get; }
    public LibraryBinding Library { get; }
    /// <summary>The bindings of each member path: one, or several where one set encodes several settings.</summary>
    public Dictionary<string, List<PropertyBinding>> ByMember { get; } = new();

    /// <summary>The referenced library's assembly version (major versions at least: minor releases may share one).</summary>
    public System.Version Version { get; }

    /// <summary>The defaults of the library version this compilation references.</summary>
    public ImmutableArray<SettingValue> Defaults { get; }

    private static ImmutableArray<SettingValue> DefaultsFor(ModelBinding binding, System.Version version)
    {
        var defaults = binding.Defaults;
        foreach (var older in binding.Versioned)
        {
            if (version >= older.Below)
            {
                continue;
            }

            var builder = ImmutableArray.CreateBuilder<SettingValue>();
            foreach (var value in defaults)
            {
                if (!Names(older.Values, value.Setting))
                {
                    builder.Add(value);
                }
            }

            builder.AddRange(older.Values);
            defaults = builder.ToImmutable();
        }

        return defaults;
    }

    /// <summary>
    /// The defaults whose members the referenced release has: a setting added in a minor release (whose assembly
    /// version does not say so) has no default where its member is absent.
    /// </summary>
    private static ImmutableArray<SettingValue> Present(ModelBinding binding, ITypeSymbol type, ImmutableArray<SettingValue> defaults)
    {
        var builder = ImmutableArray.CreateBuilder<SettingValue>(defaults.Length);
        foreach (var value in defaults)
        {
            var bound = false;
            var present = false;
            foreach (var property in binding.Properties)
            {
                if (property.Setting == value.Setting)
                {
                    bound = true;
                    present |= ConfigurationSite.PropertyType(type, property.Member) is not null;
                }
            }

            if (!bound || present)
            {
                builder.Add(value);
            }
        }

        return builder.ToImmutable();
    }

    private static bool Names(ImmutableArray<SettingValue> values, Setting setting)
    {
        foreach (var value in values)
        {
            if (value.Setting == setting)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a bound member lies under <paramref name="path"/> (a nested options object such as "Tokens").</summary>
    public bool HasPathsUnder(string path)
    {
        foreach (var member in ByMember.Keys)
        {
            if (member.Length > path.Length && member[path.Length] == '.' && member.StartsWith(path, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public PropertyBinding? PropertyFor(Setting setting)
    {
        foreach (var property in Binding.Properties)
        {
            if (property.Setting == setting && property.CanWrite)
            {
                return property;
            }
        }

        return null;
    }
}

/// <summary>
/// The bindings of every library referenced by one compilation, resolved to symbols once at compilation start.
/// A library whose types are absent costs nothing after this.
/// </summary>
internal sealed class BoundBindings
{
    private readonly Dictionary<INamedTypeSymbol, BoundModel> _models = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, EntryBinding>> _entries = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, CallBinding>> _calls = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, RegistrationBinding>> _registrations = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, object> _knownValues = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, ObjectValue> _objectValues = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, (LibraryBinding Library, Evidence Evidence)> _evidence = new(SymbolEqualityComparer.Default);
    private readonly List<ProtocolSink> _sinks = new();
    private ProtocolReach? _protocol;
    private readonly HashSet<INamedTypeSymbol> _builders = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, BoundModel> _modelsByName = new();
    private readonly HashSet<IAssemblySymbol> _libraryAssemblies = new(SymbolEqualityComparer.Default);

    private readonly ReferencedTypes _types;

    private BoundBindings(Compilation compilation, ReferencedTypes types)
    {
        Compilation = compilation;
        _types = types;
        CallSites = new CallSites(compilation);
        SecurityAlgorithms = types.Single("Microsoft.IdentityModel.Tokens.SecurityAlgorithms");
        _optionsExtensions = types.Single("Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions");
        _optionsBuilder = types.Single("Microsoft.Extensions.Options.OptionsBuilder`1");
        _configurationExtensions = types.Single("Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions");
        _builderConfigurationExtensions = types.Single("Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions");
    }

    private readonly INamedTypeSymbol? _configurationExtensions;
    private readonly INamedTypeSymbol? _builderConfigurationExtensions;

    private readonly INamedTypeSymbol? _optionsExtensions;
    private readonly INamedTypeSymbol? _optionsBuilder;

    /// <summary>The options pattern's registration methods: each configures the same options object as the library's own lambda.</summary>
    public static readonly ImmutableArray<string> OptionsMethodNames = ImmutableArray.Create("Configure", "PostConfigure", "ConfigureAll", "PostConfigureAll", "Bind", "BindConfiguration");

    /// <summary>
    /// <c>Configure&lt;T&gt;</c>, <c>PostConfigure&lt;T&gt;</c>, <c>ConfigureAll&lt;T&gt;</c> and <c>AddOptions&lt;T&gt;().Configure(...)</c>
    /// for a bound server options type: the model and the <c>Action&lt;T&gt;</c> parameter.
    /// </summary>
    public BoundModel? OptionsRegistration(IMethodSymbol method, out IParameterSymbol? callback)
    {
        callback = null;
        if (OptionsMethodNames.IndexOf(method.Name) < 0)
        {
            return null;
        }

        ITypeSymbol? options = null;
        if (_optionsExtensions is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, _optionsExtensions) && method.TypeArguments.Length == 1)
        {
            options = method.TypeArguments[0];
        }
        else if (_optionsBuilder is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, _optionsBuilder))
        {
            options = method.ContainingType.TypeArguments[0];
        }
        else if ((_configurationExtensions is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, _configurationExtensions))
                 || (_builderConfigurationExtensions is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, _builderConfigurationExtensions)))
        {
            // Options bound from configuration (appsettings.json, environment): their values are not in the code.
            options = method.TypeArguments.Length == 1 ? method.TypeArguments[0] : null;
        }

        // Options registered once per application (a server's) or once per name (a relying party's scheme).
        if (Model(options) is not { IsOptions: true } model)
        {
            return null;
        }

        foreach (var parameter in method.Parameters)
        {
            // The options callback takes the options first (Action<T>, Action<T, TDep>); a binder's own callback
            // (BindConfiguration's Action<BinderOptions>) is not one.
            if (parameter.Type is INamedTypeSymbol { DelegateInvokeMethod: { Parameters.Length: > 0 } invoke }
                && SymbolEqualityComparer.Default.Equals(invoke.Parameters[0].Type.OriginalDefinition, model.Type.OriginalDefinition))
            {
                callback = parameter;
                return model;
            }
        }

        return model;
    }

    /// <summary>Short names of server options types, to find options registrations in other syntax trees by text first.</summary>
    public HashSet<string> OptionsTypeNames { get; } = new();

    public Compilation Compilation { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, string?> _texts = new();

    /// <summary>
    /// A piece of text (fix code, a message note) that depends only on symbols and the syntax tree in <paramref name="key"/>,
    /// computed once per compilation: thousands of clients of one builder type ask the same question.
    /// </summary>
    public string? Text(object key, System.Func<string?> compute)
    {
        if (_texts.TryGetValue(key, out var text))
        {
            return text;
        }

        text = compute();
        _texts.TryAdd(key, text);
        return text;
    }

    /// <summary>Single call sites of the team's methods, for values that come from a parameter.</summary>
    public CallSites CallSites { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, IOperation?> _boundOnce = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// A field's initializer or a property's body, bound once per compilation: every client that reads the same
    /// constant list (<c>Settings.Callbacks</c>) shares it.
    /// </summary>
    public IOperation? BoundOnce(ISymbol member, System.Func<ISymbol, IOperation?> bind)
    {
        if (_boundOnce.TryGetValue(member, out var bound))
        {
            return bound;
        }

        bound = bind(member);
        _boundOnce.TryAdd(member, bound);
        return bound;
    }

    /// <summary>Microsoft.IdentityModel's algorithm constants, used to write algorithm values in fixes.</summary>
    public INamedTypeSymbol? SecurityAlgorithms { get; }

    /// <summary>Method names of registrations, to find server configurations in other syntax trees by text first.</summary>
    public HashSet<string> RegistrationMethodNames { get; } = new();

    public static BoundBindings? Create(Compilation compilation, ImmutableArray<LibraryBinding> libraries)
    {
        BoundBindings? result = null;
        var types = ReferencedTypes.For(compilation);
        foreach (var library in libraries)
        {
            if (!AnyTypePresent(types, library.GateTypes))
            {
                continue;
            }

            result ??= new BoundBindings(compilation, types);
            result.Add(library);
        }

        return result;
    }

    /// <summary>A bound model by its binding's type name (an entry's result, a registration's options).</summary>
    public BoundModel? Model(string typeName) => _modelsByName.TryGetValue(typeName, out var model) ? model : null;

    public BoundModel? Model(ITypeSymbol? type)
        => type is INamedTypeSymbol named && _models.TryGetValue(named.OriginalDefinition, out var model) ? model : null;

    public EntryBinding? Entry(IMethodSymbol method)
        => method.IsStatic && Lookup(_entries, method.ContainingType, method.Name) is { } entry ? entry : null;

    public CallBinding? Call(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (Lookup(_calls, type, method.Name) is { } call)
            {
                return call;
            }
        }

        return null;
    }

    public RegistrationBinding? Registration(IMethodSymbol method)
        => method.IsStatic && Lookup(_registrations, method.ContainingType, method.Name) is { } registration ? registration : null;

    /// <summary>An assembly of a bound library: its members that no binding names do not touch FAPI settings.</summary>
    public bool IsLibraryAssembly(IAssemblySymbol assembly) => _libraryAssemblies.Contains(assembly);

    public bool TryGetKnownValue(ISymbol member, out object value) => _knownValues.TryGetValue(member.OriginalDefinition, out value!);

    /// <summary>The value a created library object stands for (<see cref="Bindings.ObjectValue"/>), or null.</summary>
    public ObjectValue? ObjectValue(ITypeSymbol? type)
        => type is INamedTypeSymbol named && _objectValues.TryGetValue(named.OriginalDefinition, out var value) ? value : null;

    /// <summary>Where tokens become protocol messages in this compilation, found on first use.</summary>
    public ProtocolReach Protocol
    {
        get
        {
            if (_protocol is null)
            {
                System.Threading.Interlocked.CompareExchange(ref _protocol, new ProtocolReach(Compilation, _sinks.ToImmutableArray()), null);
            }

            return _protocol!;
        }
    }

    /// <summary>True when some library's evidence members are in the compilation (<see cref="Evidence(ISymbol)"/>).</summary>
    public bool HasEvidence => _evidence.Count > 0;

    /// <summary>The evidence a member's use gives for <paramref name="library"/>'s configurations (<see cref="Bindings.Evidence"/>), or null.</summary>
    public Evidence? Evidence(ISymbol member, LibraryBinding? library)
        => _evidence.TryGetValue(member.OriginalDefinition, out var found) && found.Library == library ? found.Evidence : null;

    /// <summary>The calls bound on <paramref name="type"/> or its base types.</summary>
    public IEnumerable<CallBinding> CallsOn(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_calls.TryGetValue(current.OriginalDefinition, out var byName))
            {
                foreach (var call in byName.Values)
                {
                    yield return call;
                }
            }
        }
    }

    /// <summary>True for types a fluent chain may pass through: bound models, builders that entries return, types with bound calls.</summary>
    public bool IsConfigurable(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        var definition = named.OriginalDefinition;
        return _models.ContainsKey(definition) || _calls.ContainsKey(definition) || _builders.Contains(definition);
    }

    /// <summary>The libraries the compilation references.</summary>
    public List<LibraryBinding> Libraries { get; } = new();

    private void Add(LibraryBinding library)
    {
        Libraries.Add(library);
        foreach (var model in library.Models)
        {
            foreach (var type in Types(model.TypeName))
            {
                var members = model.MembersOf is { } options ? _types.Single(options) : null;
                var bound = new BoundModel(model, type, library, members);
                _libraryAssemblies.Add(type.ContainingAssembly);
                _models[type] = bound;
                _modelsByName[model.TypeName] = bound;
                if (bound.IsOptions)
                {
                    OptionsTypeNames.Add(type.Name);
                }
            }
        }

        foreach (var entry in library.Entries)
        {
            foreach (var type in Types(entry.TypeName))
            {
                AddByName(_entries, type, entry.Method, entry);

                // The builder an entry returns is part of the chain even where no call on it is bound (SetClientName, AddScope).
                foreach (var member in type.GetMembers(entry.Method))
                {
                    if (member is IMethodSymbol { ReturnType: INamedTypeSymbol builder })
                    {
                        _builders.Add(builder.OriginalDefinition);
                    }
                }
            }
        }

        foreach (var call in library.Calls)
        {
            foreach (var type in Types(call.TypeName))
            {
                AddByName(_calls, type, call.Method, call);

                // An extension method's receiver (a builder interface) carries the chain on.
                foreach (var member in type.GetMembers(call.Method))
                {
                    if (member is IMethodSymbol { IsExtensionMethod: true, Parameters.Length: > 0 } extension && extension.Parameters[0].Type is INamedTypeSymbol receiver)
                    {
                        _builders.Add(receiver.OriginalDefinition);
                    }
                }
            }
        }

        foreach (var objectValue in library.ObjectValues)
        {
            foreach (var type in Types(objectValue.TypeName))
            {
                _objectValues[type] = objectValue;
            }
        }

        _sinks.AddRange(library.ProtocolSinks);
        foreach (var evidence in library.Evidence)
        {
            foreach (var type in Types(evidence.TypeName))
            {
                foreach (var member in type.GetMembers(evidence.Member))
                {
                    _evidence[member] = (library, evidence);
                }
            }
        }

        foreach (var registration in library.Registrations)
        {
            foreach (var type in Types(registration.TypeName))
            {
                AddByName(_registrations, type, registration.Method, registration);
                _libraryAssemblies.Add(type.ContainingAssembly);
            }

            RegistrationMethodNames.Add(registration.Method);
        }

        foreach (var known in library.KnownValues)
        {
            foreach (var type in Types(known.TypeName))
            {
                foreach (var member in type.GetMembers(known.Field))
                {
                    if (member is IFieldSymbol or IPropertySymbol)
                    {
                        _knownValues[member] = known.Value;
                    }
                }
            }
        }
    }

    /// <summary>Every type with this metadata name: common names (ServiceCollectionExtensions) live in many assemblies.</summary>
    private ImmutableArray<INamedTypeSymbol> Types(string metadataName) => _types.Find(metadataName);

    private static bool AnyTypePresent(ReferencedTypes types, ImmutableArray<string> names)
    {
        foreach (var name in names)
        {
            if (!types.Find(name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddByName<T>(Dictionary<INamedTypeSymbol, Dictionary<string, T>> table, INamedTypeSymbol type, string name, T value)
    {
        if (!table.TryGetValue(type, out var byName))
        {
            byName = new Dictionary<string, T>();
            table.Add(type, byName);
        }

        if (!byName.ContainsKey(name))
        {
            byName.Add(name, value);
        }
    }

    private static T? Lookup<T>(Dictionary<INamedTypeSymbol, Dictionary<string, T>> table, INamedTypeSymbol? type, string name)
        where T : class
        => type is not null && table.TryGetValue(type.OriginalDefinition, out var byName) && byName.TryGetValue(name, out var value) ? value : null;
}
