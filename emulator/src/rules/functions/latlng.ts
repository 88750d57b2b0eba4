/** rules.LatLng methods and the `latlng.` namespace. */
import { fail } from '../errors.ts';
import { RLatLng } from '../values.ts';
import { argNumber, type MethodTable } from './args.ts';

const EARTH_RADIUS_M = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

export const latlngMethods: MethodTable<RLatLng> = {
  latitude: { arity: 0, fn: (p) => p.lat },
  longitude: { arity: 0, fn: (p) => p.lng },
  // Haversine distance in meters.
  distance: {
    arity: 1,
    fn: (p, [other]) => {
      if (!(other instanceof RLatLng)) fail('LatLng.distance() expects a latlng.');
      const dLat = rad(other.lat - p.lat);
      const dLng = rad(other.lng - p.lng);
      const a =
        Math.sin(dLat / 2) ** 2 +
        Math.cos(rad(p.lat)) * Math.cos(rad(other.lat)) * Math.sin(dLng / 2) ** 2;
      return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    },
  },
};

export const latlngNamespace: MethodTable<null> = {
  value: {
    arity: 2,
    fn: (_, [lat, lng]) => {
      const la = Number(argNumber('latlng.value', lat));
      const lo = Number(argNumber('latlng.value', lng));
      if (!(la >= -90 && la <= 90) || !(lo >= -180 && lo <= 180))
        fail('latlng.value(): coordinates out of range.');
      return new RLatLng(la, lo);
    },
  },
};
