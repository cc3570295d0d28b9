import { registerEnumType } from 'type-graphql';

export enum Role {
  LEADER = 'LEADER',
  OFFICIAL = 'OFFICIAL',
  AUDITOR = 'AUDITOR',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'Vai trò — an official\'s role, used for authorization.',
  valuesConfig: {
    LEADER: { description: 'Lãnh đạo — leader (legacy `LD`).' },
    OFFICIAL: { description: 'Chuyên viên — official (legacy `CV`).' },
    AUDITOR: { description: 'Thanh tra — inspector/auditor (legacy `TTr`).' },
  },
});
